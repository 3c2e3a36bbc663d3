using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Core.Processes;
using Steward.Ocds;
using Steward.Ocds.Merging;
using Steward.Ocds.Normalisation;

namespace Steward.Data.Ingest;

/// <summary>
/// Recompiles the processes an import touched (temporary table <c>affected_ocids</c>), a chunk at a time: merges
/// each process's stored releases, normalises the UK quirks, stores the compiled release as its record, and
/// replaces its rows in the analytic tables. Organisations found to be one on the way are merged and the processes
/// that referred to them rebuilt too (<see cref="OrganisationResolver"/>); then duplicates are marked
/// (<see cref="DuplicateFinder"/>).
/// </summary>
internal sealed class ProcessRebuilder(StoreSession session, ReleaseMerger merger, OrganisationResolver organisations)
{
    /// <summary>
    /// Processes a chunk on SQLite. PostgreSQL takes <see cref="PostgresChunkSize"/>: each chunk costs it a round trip
    /// and a statement's start on the server per table written, and its one backend is what an import waits on.
    /// </summary>
    private const int ChunkSize = 256;

    /// <summary>
    /// Processes a chunk on PostgreSQL: 1,024 rather than 256, for a quarter of the statements. The 50,000-release import
    /// compiled in 9.2–9.4 s against 10.6–11.5 s, for 110–250 MB more at its peak; 2,048 and 4,096 were slower, their
    /// chunks' memory pressing on the collector, and SQLite gained nothing (docs/performance.md, "Every figure of a new
    /// store in one read").
    /// </summary>
    private const int PostgresChunkSize = 1_024;

    /// <summary>Chunks read ahead of the one being written: one compiling, one waiting, one being written.</summary>
    private const int Depth = 3;

    /// <summary>The tables a chunk's old rows are deleted from (the analytic tables' rows go with their process, by cascade).</summary>
    private static readonly string[] WrittenTables = ["search_texts", "social_value_texts", "processes", "records"];

    private readonly UkNormaliser _normaliser = new();

    /// <summary>The compiling worker's buffer, reused from one process to the next.</summary>
    private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    /// <summary>
    /// Rebuilds every affected process, then the processes that referred to organisations merged on the way (until
    /// no merge is left), then finds the duplicates among them; returns how many distinct processes were compiled, and
    /// reports progress after each chunk.
    /// </summary>
    public long Rebuild(DateTime now, Action<long> progress)
    {
        var ocids = Ocids($"SELECT ocid FROM {ReleaseApplier.Affected} ORDER BY ocid");
        var done = 0L;
        var compiled = new HashSet<string>(StringComparer.Ordinal);
        var merged = new List<OrganisationMerge>();
        var deferred = DeferredIndexes.DropIfEmpty(session);
        // Into a store without processes, the first round's processes have no rows to replace; a later round's (those
        // referring to organisations merged on the way) were written by the rounds before it.
        var fresh = WrittenTables.All(t => session.Scalar($"SELECT count(*) FROM (SELECT 1 FROM {t} LIMIT 1) r") == 0);
        while (ocids.Count > 0)
        {
            RebuildRound(ocids, now, written => progress(done + written), replace: !fresh);
            fresh = false;
            deferred?.Restore();
            deferred = null;

            done += ocids.Count;
            compiled.UnionWith(ocids);
            var merges = organisations.TakeMerges();
            if (merges.Count == 0)
            {
                break;
            }

            merged.AddRange(merges);
            OrganisationMerges.Move(session, merges, now);
            var referring = $"""
                SELECT ocid FROM process_parties WHERE organisation_id IN (SELECT alias FROM {OrganisationMerges.Merged})
                UNION SELECT ocid FROM processes WHERE buyer_id IN (SELECT alias FROM {OrganisationMerges.Merged})
                """;
            session.Execute($"INSERT INTO {ReleaseApplier.Affected} (ocid) SELECT r.ocid FROM ({referring}) r " +
                            $"WHERE NOT EXISTS (SELECT 1 FROM {ReleaseApplier.Affected} a WHERE a.ocid = r.ocid)");
            ocids = Ocids($"SELECT ocid FROM ({referring}) r ORDER BY ocid");
        }

        OrganisationMerges.Retire(session, merged);
        CpvNameWriter.Note(session);
        DuplicateFinder.Mark(session);
        return compiled.Count;
    }

    private List<string> Ocids(string sql)
    {
        var ocids = new List<string>();
        using var command = session.Command(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ocids.Add(reader.GetString(0));
        }

        return ocids;
    }

    /// <summary>
    /// One round of chunks as a pipeline: this thread, the only one that uses the connection, reads a chunk's releases
    /// ahead and writes the rows of the chunk before, while a worker compiles in between. The worker takes chunks and
    /// processes in order, so organisations are resolved in exactly the order a single thread would; at most
    /// <see cref="Depth"/> chunks are in flight, so memory stays bounded.
    /// </summary>
    private void RebuildRound(List<string> ocids, DateTime now, Action<long> progress, bool replace)
    {
        var chunks = new List<List<string>>();
        var size = session.Provider == DatabaseProvider.Postgres ? PostgresChunkSize : ChunkSize;
        for (var start = 0; start < ocids.Count; start += size)
        {
            chunks.Add(ocids.GetRange(start, Math.Min(size, ocids.Count - start)));
        }

        using var inbox = new BlockingCollection<Chunk>(Depth);
        using var outbox = new BlockingCollection<(Chunk Chunk, ProcessRows Rows)>(Depth);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var worker = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var chunk in inbox.GetConsumingEnumerable(stop.Token))
                {
                    outbox.Add((chunk, CompileChunk(chunk, now)), stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The connection thread failed and stopped the round; it reports its own error.
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
            finally
            {
                outbox.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            var read = 0;
            var written = 0L;
            for (var next = 0; next < chunks.Count; next++)
            {
                while (read < chunks.Count && read - next < Depth)
                {
                    inbox.Add(ReadChunk(chunks[read++]));
                }

                if (!outbox.TryTake(out var compiled, Timeout.Infinite))
                {
                    failure?.Throw();
                    throw new InvalidOperationException("the compiling worker stopped before the round was done");
                }

                WriteChunk(compiled.Chunk, compiled.Rows, replace);
                written += compiled.Chunk.Ocids.Count;
                progress(written);
            }
        }
        finally
        {
            inbox.CompleteAdding();
            stop.Cancel();
            worker.Wait(CancellationToken.None);
        }

        failure?.Throw();
    }

    /// <summary>
    /// A chunk's stored releases, read on the connection's thread; as UTF-8 bytes on SQLite (its text as stored, parsed
    /// without a .NET string in between).
    /// </summary>
    private Chunk ReadChunk(List<string> ocids)
    {
        var releases = ocids.ToDictionary(o => o, _ => new List<byte[]>(), StringComparer.Ordinal);
        var firstPublished = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        var utf8 = session.Provider == DatabaseProvider.Sqlite;
        using var command = session.Command($"SELECT ocid, json, date FROM releases WHERE ocid IN ({Placeholders(ocids)}) ORDER BY ocid, id", ocids.ToArray<object?>());
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var ocid = reader.GetString(0);
            releases[ocid].Add(utf8 ? reader.GetFieldValue<byte[]>(1) : Utf8Of(reader, 1));
            if (reader.IsDBNull(2))
            {
                continue;
            }

            var date = DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc);
            if (!firstPublished.TryGetValue(ocid, out var first) || date < first)
            {
                firstPublished[ocid] = date;
            }
        }

        return new Chunk(ocids, releases, firstPublished);
    }

    /// <summary>A PostgreSQL text value's UTF-8 as the server sent it (Npgsql's stream of any column is its raw bytes), without a .NET string in between.</summary>
    private static byte[] Utf8Of(System.Data.Common.DbDataReader reader, int ordinal)
    {
        using var stream = reader.GetStream(ordinal);
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Compiles a chunk and resolves its organisations (on the worker, never touching the connection).</summary>
    private ProcessRows CompileChunk(Chunk chunk, DateTime now)
    {
        var rows = new ProcessRows();
        foreach (var ocid in chunk.Ocids)
        {
            var releases = chunk.Releases[ocid];
            var (facts, json) = Compile(ocid, releases);
            rows.Add(facts with { Ocid = ocid }, json, releases.Count, chunk.FirstPublished.TryGetValue(ocid, out var first) ? first : null, now, organisations);
        }

        rows.Resolved(organisations.TakeAdded(), organisations.TakeAddedNames());
        return rows;
    }

    /// <summary>Writes a chunk's rows, on the connection's thread, first deleting its processes' old rows when <paramref name="replace"/>.</summary>
    private void WriteChunk(Chunk chunk, ProcessRows rows, bool replace)
    {
        if (replace)
        {
            var placeholders = Placeholders(chunk.Ocids);
            var ocids = chunk.Ocids.ToArray<object?>();

            // In this order (the texts explicitly first, so that SQLite's triggers take the rows out of the full-text index too).
            foreach (var table in WrittenTables)
            {
                session.Execute($"DELETE FROM {table} WHERE ocid IN ({placeholders})", ocids);
            }
        }

        rows.Write(session);
    }

    private static string Placeholders(List<string> ocids) => string.Join(", ", ocids.Select((_, i) => StoreSession.Parameter(i)));

    /// <summary>A chunk of processes with their stored releases (JSON, in stored order) and first publication dates.</summary>
    private sealed record Chunk(List<string> Ocids, Dictionary<string, List<byte[]>> Releases, Dictionary<string, DateTime> FirstPublished);

    /// <summary>The process's compiled release, normalised, as UTF-8 JSON, with its facts.</summary>
    private (ProcessFacts Facts, byte[] Json) Compile(string ocid, List<byte[]> releaseJson)
    {
        var documents = releaseJson.Select(json => JsonDocument.Parse(json)).ToList();
        try
        {
            var merged = merger.Merge(ocid, documents.Select(d => d.RootElement).ToList());
            _buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_buffer, OcdsJson.WriterOptions))
            {
                merged.WriteCompiled(writer);
            }

            using (var written = JsonDocument.Parse(_buffer.WrittenMemory))
            {
                // Most compiled releases need no normalising: their facts are read from the JSON as merged, without the editable tree.
                if (!UkNormaliser.MayChange(written.RootElement))
                {
                    return (ProcessFactsReader.Read(written.RootElement), _buffer.WrittenSpan.ToArray());
                }
            }

            var node = JsonNode.Parse(_buffer.WrittenSpan)!.AsObject();
            _normaliser.Normalise(node);
            _buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_buffer, OcdsJson.WriterOptions))
            {
                node.WriteTo(writer, OcdsJson.SerializerOptions);
            }

            var json = _buffer.WrittenSpan.ToArray();
            using var clean = JsonDocument.Parse(json);
            return (ProcessFactsReader.Read(clean.RootElement), json);
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }
}
