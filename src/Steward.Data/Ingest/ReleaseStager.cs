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

    /// <summary>Releases handed from the reading worker to the connection's thread at a time.</summary>
    private const int Batch = 256;

    /// <summary>A batch is handed over sooner when its JSON reaches this many bytes (large releases).</summary>
    private const int BatchBytes = 4 << 20;

    /// <summary>Batches in flight: bounded, so that a worker reading faster than the database writes waits.</summary>
    private const int Depth = 4;

    /// <summary>
    /// Stages every release of <paramref name="reader"/>; returns how many. A worker reads, upgrades, redacts and
    /// hashes while this thread, the only one that uses the connection, writes; releases keep their input order.
    /// </summary>
    public long Stage(OcdsReader reader, Action<long> progress, List<OcdsProblem> problems)
    {
        using var sink = direct?.Open() ?? OpenStage();
        var source = session.SourceName;
        using var batches = new BlockingCollection<List<object?[]>>(Depth);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var worker = Task.Factory.StartNew(() =>
        {
            try
            {
                Read(reader, batches, problems, direct is not null ? (_, release) => [.. release, source, now] : (seq, release) => [seq, .. release], stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The connection thread failed and stopped the reading; it reports its own error.
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
            finally
            {
                batches.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
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

            failure?.Throw();
            sink.Complete();
        }
        finally
        {
            stop.Cancel();
            worker.Wait(CancellationToken.None);
        }

        progress(staged);
        return staged;
    }

    private ITableSink OpenStage()
    {
        session.PrepareTemp(Table, "seq BIGINT PRIMARY KEY, ocid TEXT, release_key TEXT, date STAMP, tags TEXT, hash TEXT, json TEXT");
        return session.Open(Table, "seq", "ocid", "release_key", "date", "tags", "hash", "json");
    }

    /// <summary>
    /// The reading worker: every release as it will be stored, in batches, each row made by <paramref name="row"/> from
    /// its place in the input and its (ocid, key, date, tags, hash, JSON).
    /// </summary>
    private static void Read(OcdsReader reader, BlockingCollection<List<object?[]>> batches, List<OcdsProblem> problems,
        Func<long, object?[], object?[]> row, CancellationToken stop)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        string? declaredVersion = null;
        var versionKnown = false;
        long staged = 0;
        var batch = new List<object?[]>(Batch);
        var batchBytes = 0L;
        reader.OnWarning = problems.Add;
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
                case OcdsEventKind.Release:
                    Add(next.Value, null, next.Location);
                    break;
                case OcdsEventKind.Record:
                    AddRecord(next.Value, next.Location);
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

        batches.Add(batch, stop);
        return;

        void AddRecord(JsonElement record, SourceLocation location)
        {
            var ocid = record.TryGetProperty("ocid", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
            var embedded = record.TryGetProperty("releases", out var releases) && releases.ValueKind == JsonValueKind.Array
                ? releases.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object && r.TryGetProperty("ocid", out _)).ToList()
                : [];
            foreach (var release in embedded)
            {
                Add(release, ocid, location);
            }

            if (embedded.Count == 0 && record.TryGetProperty("compiledRelease", out var compiled) && compiled.ValueKind == JsonValueKind.Object)
            {
                problems.Add(new OcdsProblem(ProblemSeverity.Warning, "record-linked-releases-only",
                    "this record's releases are only linked, so its published compiledRelease was stored in their place")
                {
                    Location = location,
                    Ocid = ocid,
                });
                Add(compiled, ocid, location);
            }
        }

        void Add(JsonElement release, string? recordOcid, SourceLocation location)
        {
            if (StagingChecks.Refusal(release, recordOcid, location) is { } refused)
            {
                problems.Add(refused);
                return;
            }

            var ocid = release.TryGetProperty("ocid", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : recordOcid!;
            problems.AddRange(StagingChecks.Warnings(release, ocid, location));

            buffer.ResetWrittenCount();
            var is10 = versionKnown ? OcdsVersion.IsVersion10(declaredVersion) : OcdsVersion.LooksLike10(release);
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
