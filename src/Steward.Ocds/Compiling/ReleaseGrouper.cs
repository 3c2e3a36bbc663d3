namespace Steward.Ocds.Compiling;

/// <summary>
/// Gathers releases by <c>ocid</c> with memory bounded whatever the input size: an external merge sort. Releases
/// are held in memory up to <see cref="ReleaseGrouperOptions.MemoryBudgetBytes"/>; past that each batch is sorted
/// by ocid and written to a temporary run file, and the runs are merged at the end. Groups come out in ascending
/// ocid order (ordinal), each with its releases in input order.
/// </summary>
public sealed class ReleaseGrouper : IDisposable
{
    private const int ChunkBytes = 4 * 1024 * 1024;
    private const int EntryOverheadBytes = 64;

    private readonly ReleaseGrouperOptions _options;
    private readonly List<byte[]> _chunks = [];
    private readonly Stack<byte[]> _spare = new();
    private readonly List<Entry> _entries = [];
    private readonly List<string> _runs = [];
    private int _sharedChunk = -1;
    private int _chunkUsed;
    private long _held;
    private long _sequence;
    private string? _tempFolder;
    private bool _grouping;

    public ReleaseGrouper(ReleaseGrouperOptions? options = null)
    {
        _options = options ?? new ReleaseGrouperOptions();
    }

    /// <summary>Releases added so far.</summary>
    public long Count => _sequence;

    /// <summary>Sorted runs written to disk so far (0 when everything fitted in memory).</summary>
    public int RunCount => _runs.Count;

    /// <summary>Adds one release's JSON, to be grouped under <paramref name="ocid"/>.</summary>
    public void Add(string ocid, ReadOnlySpan<byte> json, ReleaseOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(ocid);
        if (_grouping)
        {
            throw new InvalidOperationException("Releases cannot be added once grouping has begun.");
        }

        var (chunk, offset) = Store(json);
        _entries.Add(new Entry(ocid, _sequence++, origin, chunk, offset, json.Length));
        _held += json.Length + EntryOverheadBytes + (ocid.Length * 2);
        if (_held >= _options.MemoryBudgetBytes)
        {
            SpillRun();
        }
    }

    /// <summary>The groups, in ascending ocid order. Call once, after the last <see cref="Add"/>.</summary>
    public IEnumerable<ReleaseGroup> Groups()
    {
        if (_grouping)
        {
            throw new InvalidOperationException("Groups can be read once.");
        }

        _grouping = true;
        if (_runs.Count == 0)
        {
            return InMemoryGroups();
        }

        if (_entries.Count > 0)
        {
            SpillRun();
        }

        return MergedRunGroups();
    }

    public void Dispose()
    {
        _chunks.Clear();
        _spare.Clear();
        _entries.Clear();
        if (_tempFolder is not null && Directory.Exists(_tempFolder))
        {
            try
            {
                Directory.Delete(_tempFolder, recursive: true);
            }
            catch (IOException)
            {
                // The system cleans its temporary folder; a leftover run file is no reason to fail.
            }
        }
    }

    private (int Chunk, int Offset) Store(ReadOnlySpan<byte> json)
    {
        if (json.Length > ChunkBytes / 4)
        {
            // A large release gets an array of its own; the shared chunk carries on.
            _chunks.Add(json.ToArray());
            return (_chunks.Count - 1, 0);
        }

        if (_sharedChunk < 0 || _chunkUsed + json.Length > ChunkBytes)
        {
            // Chunks freed by a spilled run are used again, so memory stays at one run's worth.
            _chunks.Add(_spare.Count > 0 ? _spare.Pop() : new byte[ChunkBytes]);
            _sharedChunk = _chunks.Count - 1;
            _chunkUsed = 0;
        }

        json.CopyTo(_chunks[_sharedChunk].AsSpan(_chunkUsed));
        var offset = _chunkUsed;
        _chunkUsed += json.Length;
        return (_sharedChunk, offset);
    }

    private void SortEntries() => _entries.Sort(static (a, b) =>
    {
        var byOcid = string.CompareOrdinal(a.Ocid, b.Ocid);
        return byOcid != 0 ? byOcid : a.Sequence.CompareTo(b.Sequence);
    });

    private IEnumerable<ReleaseGroup> InMemoryGroups()
    {
        SortEntries();
        var start = 0;
        while (start < _entries.Count)
        {
            var end = start + 1;
            while (end < _entries.Count && string.Equals(_entries[end].Ocid, _entries[start].Ocid, StringComparison.Ordinal))
            {
                end++;
            }

            var releases = new List<ReadOnlyMemory<byte>>(end - start);
            var origins = new List<ReleaseOrigin>(end - start);
            for (var i = start; i < end; i++)
            {
                var entry = _entries[i];
                releases.Add(_chunks[entry.Chunk].AsMemory(entry.Offset, entry.Length));
                origins.Add(entry.Origin);
            }

            yield return new ReleaseGroup(_entries[start].Ocid, releases, origins);
            start = end;
        }
    }

    private void SpillRun()
    {
        SortEntries();
        _tempFolder ??= CreateTempFolder();
        var path = Path.Combine(_tempFolder, $"run-{_runs.Count:D5}.bin");
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
        using (var writer = new BinaryWriter(file))
        {
            foreach (var entry in _entries)
            {
                writer.Write(entry.Ocid);
                writer.Write(entry.Sequence);
                writer.Write(entry.Origin.Source);
                writer.Write(entry.Origin.Line);
                writer.Write(entry.Origin.ByteOffset);
                writer.Write(entry.Length);
                writer.Write(_chunks[entry.Chunk], entry.Offset, entry.Length);
            }
        }

        _runs.Add(path);
        _entries.Clear();
        foreach (var chunk in _chunks.Where(c => c.Length == ChunkBytes))
        {
            _spare.Push(chunk);
        }

        _chunks.Clear();
        _sharedChunk = -1;
        _held = 0;
    }

    private string CreateTempFolder()
    {
        var parent = _options.TempDirectory ?? Path.GetTempPath();
        var folder = Path.Combine(parent, $"steward-compile-{Environment.ProcessId}-{Path.GetRandomFileName()}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private IEnumerable<ReleaseGroup> MergedRunGroups()
    {
        var readers = _runs.Select(path => new RunReader(path)).ToList();
        var queue = new PriorityQueue<RunReader, (string Ocid, long Sequence)>(Comparer<(string Ocid, long Sequence)>.Create(
            static (a, b) =>
            {
                var byOcid = string.CompareOrdinal(a.Ocid, b.Ocid);
                return byOcid != 0 ? byOcid : a.Sequence.CompareTo(b.Sequence);
            }));
        try
        {
            foreach (var reader in readers.Where(r => r.MoveNext()))
            {
                queue.Enqueue(reader, (reader.Ocid, reader.Sequence));
            }

            while (queue.Count > 0)
            {
                var ocid = queue.Peek().Ocid;
                var releases = new List<ReadOnlyMemory<byte>>();
                var origins = new List<ReleaseOrigin>();
                while (queue.Count > 0 && string.Equals(queue.Peek().Ocid, ocid, StringComparison.Ordinal))
                {
                    var reader = queue.Dequeue();
                    releases.Add(reader.Json);
                    origins.Add(reader.Origin);
                    if (reader.MoveNext())
                    {
                        queue.Enqueue(reader, (reader.Ocid, reader.Sequence));
                    }
                }

                yield return new ReleaseGroup(ocid, releases, origins);
            }
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }

    private readonly record struct Entry(string Ocid, long Sequence, ReleaseOrigin Origin, int Chunk, int Offset, int Length);

    /// <summary>Reads one sorted run file entry by entry.</summary>
    private sealed class RunReader(string path) : IDisposable
    {
        private readonly BinaryReader _reader = new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));

        public string Ocid { get; private set; } = string.Empty;

        public long Sequence { get; private set; }

        public ReleaseOrigin Origin { get; private set; }

        public byte[] Json { get; private set; } = [];

        public bool MoveNext()
        {
            if (_reader.BaseStream.Position >= _reader.BaseStream.Length)
            {
                return false;
            }

            Ocid = _reader.ReadString();
            Sequence = _reader.ReadInt64();
            Origin = new ReleaseOrigin(_reader.ReadInt32(), _reader.ReadInt64(), _reader.ReadInt64());
            Json = _reader.ReadBytes(_reader.ReadInt32());
            return true;
        }

        public void Dispose() => _reader.Dispose();
    }
}
