using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Ocds;
using Steward.Ocds.Reading;
using Steward.Ocds.Upgrading;

namespace Steward.Data.Ingest;

/// <summary>
/// Reads one input's releases, each as it will be stored: upgraded to OCDS 1.1 when it is 1.0, without officials'
/// personal data, compact, with the SHA-256 of that JSON. A release without an <c>id</c> is keyed by that hash. They go
/// into the temporary table <c>stage_releases</c>, for <see cref="ReleaseApplier.Apply"/> to compare with the stored
/// ones; or, given <c>direct</c> (the first import of an SQLite store), straight into <c>releases</c>.
/// </summary>
internal sealed class ReleaseStager(StoreSession session, DirectReleases? direct, DateTime now)
{
    public const string Table = "stage_releases";

    /// <summary>Releases handed from one thread to the next at a time.</summary>
    private const int Batch = 256;

    /// <summary>A batch is handed over sooner when its JSON reaches this many bytes (large releases).</summary>
    private const int BatchBytes = 4 << 20;

    /// <summary>Batches in flight between two threads: bounded, so that a thread working faster than the next waits.</summary>
    private const int Depth = 4;

    /// <summary>
    /// The JSON of parsed releases handed to the preparing worker and not yet prepared (<see cref="ByteBudget"/>): twice
    /// a batch's bytes, so that small releases flow as before and the largest (up to <c>--max-release-mb</c>) go one
    /// at a time, each parsed copy several times its JSON.
    /// </summary>
    private const long ParsedBytes = 2L * BatchBytes;

    /// <summary>
    /// A release (or record) of at least this much JSON is handed to the preparing worker without a copy, and the
    /// reader waits until it is prepared before reading on (the reader reuses the memory it is parsed from). Copies of
    /// releases this large would fill the large object heap until a full collection: six releases of 15 MB each took
    /// an import's peak from 0.9 GB to 1.6 GB. Nearly every release is far smaller (none of 50,000 UK-mix releases
    /// reaches it, and none of <c>../shared/data/ocds</c> reaches twice it).
    /// </summary>
    private const int CopiedBytes = 64 * 1024;

    /// <summary>
    /// Stages every release of <paramref name="reader"/>; returns how many. Three threads, each handing batches to the
    /// next: one reads and parses, one upgrades, checks, redacts and hashes, and this thread, the only one that uses
    /// the connection, writes. Releases, and the problems found, keep their input order.
    /// </summary>
    public long Stage(OcdsReader reader, Action<long> progress, List<OcdsProblem> problems)
    {
        using var sink = direct?.Open() ?? OpenStage();
        var source = session.SourceName;
        using var parsed = new BlockingCollection<(List<Parsed> Items, long Bytes)>(Depth);
        var budget = new ByteBudget(ParsedBytes);
        using var batches = new BlockingCollection<List<object?[]>>(Depth);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? readFailure = null, prepareFailure = null;
        var readWorker = Worker(() => Read(reader, parsed, budget, stop.Token), parsed, failure => readFailure = failure);
        var prepareWorker = Worker(
            () => Prepare(parsed, budget, batches, problems, direct is not null ? (_, release) => [.. release, source, now] : (seq, release) => [seq, .. release], stop.Token),
            batches, failure =>
            {
                prepareFailure = failure;
                stop.Cancel(); // nothing more is read; a reader's failure instead lets this worker prepare every release before it
            });
        long staged = 0;
        try
        {
            progress(0);
            foreach (var batch in batches.GetConsumingEnumerable())
            {
                foreach (var row in batch)
                {
                    sink.Write(row);
                    if (++staged % 1000 == 0)
                    {
                        progress(staged);
                    }
                }
            }

            prepareWorker.Wait(CancellationToken.None);
            readWorker.Wait(CancellationToken.None);
            (prepareFailure ?? readFailure)?.Throw(); // the preparing worker fails on an earlier release than the reader
            sink.Complete();
        }
        finally
        {
            stop.Cancel();
            prepareWorker.Wait(CancellationToken.None);
            readWorker.Wait(CancellationToken.None);
        }

        progress(staged);
        return staged;

        Task Worker<T>(Action work, BlockingCollection<T> output, Action<ExceptionDispatchInfo> failed) => Task.Factory.StartNew(() =>
        {
            try
            {
                work();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // A thread after this one failed and stopped it; that thread's error is the one reported.
            }
            catch (Exception exception)
            {
                failed(ExceptionDispatchInfo.Capture(exception));
            }
            finally
            {
                output.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private ITableSink OpenStage()
    {
        session.PrepareTemp(Table, "seq BIGINT PRIMARY KEY, ocid TEXT, release_key TEXT, date STAMP, tags TEXT, hash TEXT, json TEXT");
        return session.Open(Table, "seq", "ocid", "release_key", "date", "tags", "hash", "json");
    }

    /// <summary>
    /// A release or record as read, parsed into a document of its own (the reader reuses its buffers) unless it is large
    /// (<see cref="CopiedBytes"/>), with the package's declared version when known, and the warnings the reader gave while reading it; or those warnings
    /// alone (<see cref="Value"/> undefined, and no <see cref="Location"/> after the input's last event).
    /// </summary>
    private readonly record struct Parsed(OcdsEventKind Kind, JsonElement Value, SourceLocation? Location, bool VersionKnown, string? DeclaredVersion, List<OcdsProblem>? Warnings);

    /// <summary>The reading worker: parses the input and hands on its releases and records, in batches.</summary>
    private static void Read(OcdsReader reader, BlockingCollection<(List<Parsed> Items, long Bytes)> parsed, ByteBudget budget, CancellationToken stop)
    {
        string? declaredVersion = null;
        var versionKnown = false;
        List<OcdsProblem>? warnings = null;
        var batch = new List<Parsed>(Batch);
        var batchBytes = 0L;
        reader.OnWarning = problem => (warnings ??= []).Add(problem);
        while (reader.Read() is { } next)
        {
            switch (next.Kind)
            {
                case OcdsEventKind.DocumentStart:
                    versionKnown = next.Value.ValueKind == JsonValueKind.Object && next.Document.Shape is OcdsShape.ReleasePackage or OcdsShape.RecordPackage;
                    declaredVersion = versionKnown && next.Value.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                    break;
                case OcdsEventKind.PackageField when next.Name == "version":
                    versionKnown = true;
                    declaredVersion = next.Value.ValueKind == JsonValueKind.String ? next.Value.GetString() : null;
                    break;
                case OcdsEventKind.Release or OcdsEventKind.Record:
                    var size = JsonMarshal.GetRawUtf8Value(next.Value).Length;
                    var large = size >= CopiedBytes;
                    if (large)
                    {
                        HandOver(); // what came before it, first
                    }

                    batch.Add(new Parsed(next.Kind, large ? next.Value : next.Value.Clone(), next.Location, versionKnown, declaredVersion, warnings));
                    warnings = null;
                    batchBytes += size;
                    if (large)
                    {
                        HandOver();
                        budget.WaitIdle(stop); // prepared before the reader reuses the memory it was parsed from
                    }

                    break;
                default:
                    break;
            }

            if (warnings is not null)
            {
                batch.Add(new Parsed(next.Kind, default, next.Location, versionKnown, declaredVersion, warnings));
                warnings = null;
            }

            if (batch.Count >= Batch || batchBytes >= BatchBytes)
            {
                HandOver();
            }
        }

        if (warnings is not null)
        {
            batch.Add(new Parsed(OcdsEventKind.DocumentEnd, default, null, versionKnown, declaredVersion, warnings));
        }

        HandOver();
        return;

        void HandOver()
        {
            if (batch.Count == 0)
            {
                return;
            }

            budget.Take(batchBytes, stop);
            parsed.Add((batch, batchBytes), stop);
            batch = new List<Parsed>(Batch);
            batchBytes = 0;
        }
    }

    /// <summary>
    /// The preparing worker: every release as it will be stored, in batches, each row made by <paramref name="row"/>
    /// from its place in the input and its (ocid, key, date, tags, hash, JSON); the problems in input order.
    /// </summary>
    private static void Prepare(BlockingCollection<(List<Parsed> Items, long Bytes)> parsed, ByteBudget budget, BlockingCollection<List<object?[]>> batches,
        List<OcdsProblem> problems, Func<long, object?[], object?[]> row, CancellationToken stop)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        long staged = 0;
        var batch = new List<object?[]>(Batch);
        var batchBytes = 0L;
        foreach (var (items, bytes) in parsed.GetConsumingEnumerable(stop))
        {
            foreach (var item in items)
            {
                if (item.Warnings is { } warnings)
                {
                    problems.AddRange(warnings);
                }

                switch (item.Kind)
                {
                    case OcdsEventKind.Release when item.Value.ValueKind != JsonValueKind.Undefined:
                        Add(item.Value, null, item.Location!, item);
                        break;
                    case OcdsEventKind.Record when item.Value.ValueKind != JsonValueKind.Undefined:
                        AddRecord(item.Value, item.Location!, item);
                        break;
                    default:
                        break;
                }

                if (batch.Count >= Batch || batchBytes >= BatchBytes)
                {
                    batches.Add(batch, stop);
                    batch = new List<object?[]>(Batch);
                    batchBytes = 0;
                }
            }

            budget.Give(bytes);
        }

        batches.Add(batch, stop);
        return;

        void AddRecord(JsonElement record, SourceLocation location, Parsed item)
        {
            var ocid = record.TryGetProperty("ocid", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
            var embedded = record.TryGetProperty("releases", out var releases) && releases.ValueKind == JsonValueKind.Array
                ? releases.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object && r.TryGetProperty("ocid", out _)).ToList()
                : [];
            foreach (var release in embedded)
            {
                Add(release, ocid, location, item);
            }

            if (embedded.Count == 0 && record.TryGetProperty("compiledRelease", out var compiled) && compiled.ValueKind == JsonValueKind.Object)
            {
                problems.Add(new OcdsProblem(ProblemSeverity.Warning, "record-linked-releases-only",
                    "this record's releases are only linked, so its published compiledRelease was stored in their place")
                {
                    Location = location,
                    Ocid = ocid,
                });
                Add(compiled, ocid, location, item);
            }
        }

        void Add(JsonElement release, string? recordOcid, SourceLocation location, Parsed item)
        {
            if (StagingChecks.Refusal(release, recordOcid, location) is { } refused)
            {
                problems.Add(refused);
                return;
            }

            var ocid = release.TryGetProperty("ocid", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : recordOcid!;
            problems.AddRange(StagingChecks.Warnings(release, ocid, location));

            buffer.ResetWrittenCount();
            var is10 = item.VersionKnown ? OcdsVersion.IsVersion10(item.DeclaredVersion) : OcdsVersion.LooksLike10(release);
            using (var writer = new Utf8JsonWriter(buffer, OcdsJson.WriterOptions))
            {
                if (is10)
                {
                    var node = JsonNode.Parse(JsonMarshal.GetRawUtf8Value(release))!.AsObject();
                    Upgrade10To11.UpgradeRelease(node);
                    PersonalData.Redact(node);
                    node.WriteTo(writer);
                }
                else
                {
                    PersonalData.WriteRedacted(writer, release);
                }
            }

            var json = buffer.WrittenSpan;
            var hash = Convert.ToHexStringLower(SHA256.HashData(json));
            var key = release.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? id.ToString()
                : $"sha256:{hash}";
            var tags = release.TryGetProperty("tag", out var tag) && tag.ValueKind == JsonValueKind.Array
                ? string.Join(',', tag.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()))
                : null;
            batchBytes += json.Length;
            batch.Add(row(staged++, [ocid, key, DateOf(release), tags, hash, new Utf8Text(json.ToArray())]));
        }
    }

    private static DateTime? DateOf(JsonElement release) =>
        release.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String &&
        DateTimeOffset.TryParse(date.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime
            : null;
}
