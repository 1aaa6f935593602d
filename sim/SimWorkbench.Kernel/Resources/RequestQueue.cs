namespace SimWorkbench.Kernel;

/// <summary>
/// Waiting requests ordered by (priority, order of request): a binary heap. Withdrawn requests
/// are dropped lazily when they reach the top, and the heap is compacted when they pile up.
/// </summary>
internal sealed class RequestQueue
{
    private Request[] _heap = new Request[8];
    private int _count;
    private int _waiting;

    public int Count => _waiting;

    public void Add(Request request)
    {
        if (_count == _heap.Length)
        {
            if (_count - _waiting > _waiting)
            {
                Compact();
            }
            else
            {
                Array.Resize(ref _heap, _count * 2);
            }
        }

        _heap[_count] = request;
        SiftUp(_count++);
        _waiting++;
    }

    /// <summary>Counts a request that left the queue by status change; it is dropped when found.</summary>
    public void Forget() => _waiting--;

    /// <summary>Takes the first waiting request, if any.</summary>
    public bool TryDequeue(out Request request)
    {
        DropLeft();
        if (_count == 0)
        {
            request = null!;
            return false;
        }

        request = _heap[0];
        RemoveTop();
        _waiting--;
        return true;
    }

    public IReadOnlyList<Request> ToSortedList()
    {
        var list = new List<Request>(_waiting);
        for (var i = 0; i < _count; i++)
        {
            if (_heap[i].Status == RequestStatus.Waiting)
            {
                list.Add(_heap[i]);
            }
        }

        list.Sort(static (a, b) => Precedes(a, b) ? -1 : Precedes(b, a) ? 1 : 0);
        return list;
    }

    private static bool Precedes(Request a, Request b) =>
        a.Priority < b.Priority || (a.Priority == b.Priority && a.Order < b.Order);

    private void DropLeft()
    {
        while (_count > 0 && _heap[0].Status != RequestStatus.Waiting)
        {
            RemoveTop();
        }
    }

    private void RemoveTop()
    {
        _heap[0] = _heap[--_count];
        _heap[_count] = null!;
        if (_count > 0)
        {
            SiftDown(0);
        }
    }

    private void Compact()
    {
        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            if (_heap[i].Status == RequestStatus.Waiting)
            {
                _heap[kept++] = _heap[i];
            }
        }

        Array.Clear(_heap, kept, _count - kept);
        _count = kept;
        for (var i = (_count / 2) - 1; i >= 0; i--)
        {
            SiftDown(i);
        }
    }

    private void SiftUp(int index)
    {
        var item = _heap[index];
        while (index > 0)
        {
            var parent = (index - 1) / 2;
            if (!Precedes(item, _heap[parent]))
            {
                break;
            }

            _heap[index] = _heap[parent];
            index = parent;
        }

        _heap[index] = item;
    }

    private void SiftDown(int index)
    {
        var item = _heap[index];
        while (true)
        {
            var child = (2 * index) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && Precedes(_heap[child + 1], _heap[child]))
            {
                child++;
            }

            if (!Precedes(_heap[child], item))
            {
                break;
            }

            _heap[index] = _heap[child];
            index = child;
        }

        _heap[index] = item;
    }
}
