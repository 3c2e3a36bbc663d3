using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Ocds;
using Steward.Ocds.Reading;
using Steward.Ocds.Upgrading;

namespace Steward.Data.Ingest;

/// <summary>
/// Reads one input's releases into the temporary table <c>stage_releases</c>, each as it will be stored: upgraded
/// to OCDS 1.1 when it is 1.0, without officials' personal data, compact, with the SHA-256 of that JSON. A
/// release without an <c>id</c> is keyed by that hash.
/// </summary>
internal sealed class ReleaseStager(StoreSession session)
{
    public const string Table = "stage_releases";

    /// <summary>Stages every release of <paramref name="reader"/>; returns how many.</summary>
    public long Stage(OcdsReader reader, Action<long> progress, List<OcdsProblem> problems)
    {
        session.PrepareTemp(Table, "seq BIGINT, ocid TEXT, release_key TEXT, date STAMP, tags TEXT, hash TEXT, json TEXT");
        using var sink = session.Open(Table, "seq", "ocid", "release_key", "date", "tags", "hash", "json");
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        string? declaredVersion = null;
        var versionKnown = false;
        long staged = 0;
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

            if (staged % 1000 == 0)
            {
                progress(staged);
            }
        }

        sink.Complete();
        progress(staged);
        return staged;

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

            buffer.Clear();
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
            sink.Write(staged++, ocid, key, DateOf(release), tags, hash, Encoding.UTF8.GetString(json));
        }
    }

    private static DateTime? DateOf(JsonElement release) =>
        release.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String &&
        DateTimeOffset.TryParse(date.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime
            : null;
}
