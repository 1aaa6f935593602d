namespace SimWorkbench.Kernel;

/// <summary>The kernel's own listeners (conditions, interrupts): they observe failures of what they listen to.</summary>
internal interface IEventListener
{
    void OnEventProcessed(Event processed);
}
