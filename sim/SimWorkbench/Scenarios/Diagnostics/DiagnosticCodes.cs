namespace SimWorkbench.Scenarios.Diagnostics;

/// <summary>Every diagnostic code the scenario loader reports; scenarios/README.md explains each.</summary>
public static class DiagnosticCodes
{
    /// <summary>The file is not well-formed YAML (syntax, more than one document, an alias to no anchor).</summary>
    public const string MalformedYaml = "SW0001";

    /// <summary>A file cannot be read: missing, not a file, or unreadable.</summary>
    public const string UnreadableFile = "SW0002";

    /// <summary>The input exceeds a limit: file size, nodes (alias uses counted), nesting depth or list length.</summary>
    public const string TooLarge = "SW0003";

    /// <summary>A key appears twice in one mapping.</summary>
    public const string DuplicateKey = "SW0004";

    /// <summary>A YAML tag (<c>!!type</c>): tags are not honoured.</summary>
    public const string TagNotAllowed = "SW0005";

    /// <summary><c>extends</c> names a file outside the scenario's folder tree.</summary>
    public const string ExtendsOutsideTree = "SW0010";

    /// <summary>A chain of <c>extends</c> comes back to a file already in it.</summary>
    public const string ExtendsCycle = "SW0011";

    /// <summary>A chain of <c>extends</c> is deeper than allowed.</summary>
    public const string ExtendsTooDeep = "SW0012";

    /// <summary>An item with <c>remove: true</c> names no item of the base scenario.</summary>
    public const string NothingToRemove = "SW0013";

    /// <summary>A key the format does not define.</summary>
    public const string UnknownKey = "SW0100";

    /// <summary>A value of the wrong type (a list where a number belongs, text where a mapping belongs…).</summary>
    public const string WrongType = "SW0101";

    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "SW0102";

    /// <summary>A bare number where a unit is required.</summary>
    public const string MissingUnit = "SW0103";

    /// <summary>A unit the quantity does not accept.</summary>
    public const string WrongUnit = "SW0104";

    /// <summary>A value that is not one of the allowed words (a kind, a mode, a rule).</summary>
    public const string UnknownOption = "SW0105";

    /// <summary>A reference to an id that does not exist.</summary>
    public const string UnknownReference = "SW0200";

    /// <summary>Two items share an id.</summary>
    public const string DuplicateId = "SW0201";

    /// <summary>An id that is empty, too long, or has characters other than letters, digits, '-', '_' and '.'.</summary>
    public const string InvalidId = "SW0202";

    /// <summary>Zero or a negative value where only a positive one makes sense.</summary>
    public const string NotPositive = "SW0300";

    /// <summary>A probability or share outside [0, 1].</summary>
    public const string OutOfUnitInterval = "SW0301";

    /// <summary>A value outside its range (latitude, longitude, counts, factors).</summary>
    public const string OutOfRange = "SW0302";

    /// <summary>A depot stocked above its capacity.</summary>
    public const string AboveCapacity = "SW0303";

    /// <summary>Keys that contradict each other or a combination that is incomplete.</summary>
    public const string Conflict = "SW0304";

    /// <summary>A cycle of cascade rules none of which has a generation limit.</summary>
    public const string CascadeCycle = "SW0400";

    /// <summary>Warning: a city no depot can reach over the links.</summary>
    public const string UnreachableCity = "SW0500";

    /// <summary>Warning: strategies compared with different total stock of a commodity.</summary>
    public const string StockParity = "SW0501";

    /// <summary>Warning: strategies compared with different fleets (vehicles or payload).</summary>
    public const string FleetParity = "SW0502";

    /// <summary>Warning: a hazard whose onset is at or after the horizon never happens in a run.</summary>
    public const string AfterHorizon = "SW0503";
}
