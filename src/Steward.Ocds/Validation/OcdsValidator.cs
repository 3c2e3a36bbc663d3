using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using Steward.Ocds.Reading;
using Steward.Ocds.Upgrading;

namespace Steward.Ocds.Validation;

/// <summary>
/// Validates OCDS input against the OCDS 1.1.5 schema plus the extensions each package declares, and runs the
/// checks a schema cannot express (<see cref="ReleaseChecks"/>, duplicate release ids across all inputs). Schema
/// breaches are errors; the other checks are warnings. OCDS 1.0 data is upgraded before it is checked, and a
/// warning says so. Each problem carries its file, line, release id and JSON path.
/// </summary>
public sealed class OcdsValidator
{
    private readonly SchemaProvider _schemas;
    private readonly JsonSchemaValidator _validator;
    private readonly HashSet<ulong> _releaseKeys = [];
    private readonly HashSet<string> _reportedUnavailable = new(StringComparer.Ordinal);

    public OcdsValidator(SchemaProvider schemas)
    {
        _schemas = schemas;
        var settings = new JsonSchemaValidatorSettings();
        settings.AddCustomFormatValidator(new StrictDateTimeFormat());
        _validator = new JsonSchemaValidator(settings);
    }

    /// <summary>Validates every document of one input, passing each problem to <paramref name="report"/>.</summary>
    /// <exception cref="OcdsReadException">The input is not readable OCDS.</exception>
    /// <exception cref="SchemaUnavailableException">The schema is missing and cannot be downloaded.</exception>
    public async Task<ValidationCounts> ValidateAsync(OcdsReader reader, Action<OcdsProblem> report, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(report);
        var counts = new ValidationCounts();
        DocumentState? document = null;
        reader.OnWarning = problem => Add(report, counts, problem);
        while (reader.Read() is { } next)
        {
            switch (next.Kind)
            {
                case OcdsEventKind.DocumentStart:
                    document = new DocumentState(next.Document, next.Value);
                    counts.Documents++;
                    break;
                case OcdsEventKind.PackageField:
                    document!.Fields[next.Name!] = System.Text.Json.JsonSerializer.SerializeToNode(next.Value);
                    break;
                case OcdsEventKind.Release:
                    counts.Releases++;
                    await ValidateReleaseAsync(next.Value, document!, next.Location, null, report, counts, cancellation);
                    break;
                case OcdsEventKind.Record:
                    counts.Records++;
                    await ValidateRecordAsync(next.Value, document!, next.Location, report, counts, cancellation);
                    break;
                case OcdsEventKind.DocumentEnd:
                    await ValidatePackageAsync(document!, report, counts, cancellation);
                    break;
                default:
                    break;
            }
        }

        return counts;
    }

    private async Task ValidateReleaseAsync(JsonElement release, DocumentState document, SourceLocation location, string? prefix,
        Action<OcdsProblem> report, ValidationCounts counts, CancellationToken cancellation)
    {
        var schema = await SchemaFor(document, location, report, counts, cancellation);
        var ocid = Text(release, "ocid");
        var releaseId = Text(release, "id");
        var (text, upgraded) = Prepare(release, document);
        if (upgraded && !document.ReportedVersion10)
        {
            document.ReportedVersion10 = true;
            Add(report, counts, new OcdsProblem(ProblemSeverity.Warning, "ocds-1.0",
                "this is OCDS 1.0 data; Steward checks it against OCDS 1.1.5 after upgrading it as `steward upgrade` does, " +
                "so paths refer to the upgraded release")
            {
                Location = location,
            });
        }

        foreach (var error in SchemaErrors.Leaves(Validate(text, schema.Release, location, report, counts)))
        {
            var path = SchemaErrors.OcdsPath(error.Path, prefix);
            var line = error.HasLineInfo && error.LineNumber > 0 && !upgraded ? location.Line + error.LineNumber - 1 : location.Line;
            Add(report, counts, new OcdsProblem(ProblemSeverity.Error, SchemaErrors.Code(error.Kind), SchemaErrors.Describe(error, path))
            {
                Location = location with { Line = line },
                Ocid = ocid,
                ReleaseId = releaseId,
                JsonPath = path,
            });
        }

        using var checkedRelease = upgraded ? JsonDocument.Parse(text) : null;
        foreach (var (code, path, message) in ReleaseChecks.Run(checkedRelease?.RootElement ?? release, schema, prefix))
        {
            Add(report, counts, new OcdsProblem(ProblemSeverity.Warning, code, message)
            {
                Location = location,
                Ocid = ocid,
                ReleaseId = releaseId,
                JsonPath = path,
            });
        }

        if (prefix is null && ocid is not null && releaseId is not null && !_releaseKeys.Add(Key(ocid, releaseId)))
        {
            Add(report, counts, new OcdsProblem(ProblemSeverity.Warning, "duplicate-release-id",
                "another release of this process has the same id; release ids must be unique within a process")
            {
                Location = location,
                Ocid = ocid,
                ReleaseId = releaseId,
                JsonPath = "id",
            });
        }
    }

    private async Task ValidateRecordAsync(JsonElement record, DocumentState document, SourceLocation location,
        Action<OcdsProblem> report, ValidationCounts counts, CancellationToken cancellation)
    {
        var ocid = Text(record, "ocid");
        if (ocid is null)
        {
            Add(report, counts, new OcdsProblem(ProblemSeverity.Error, "schema-property-required", "`ocid` is required but missing")
            {
                Location = location,
                JsonPath = "ocid",
            });
        }

        if (!record.TryGetProperty("releases", out var releases) || releases.ValueKind != JsonValueKind.Array)
        {
            Add(report, counts, new OcdsProblem(ProblemSeverity.Error, "schema-property-required",
                "`releases` is required: a record lists its releases, embedded or linked")
            {
                Location = location,
                Ocid = ocid,
                JsonPath = "releases",
            });
        }
        else
        {
            var index = 0;
            foreach (var release in releases.EnumerateArray())
            {
                var path = $"releases/{index++}";
                if (release.ValueKind == JsonValueKind.Object && release.TryGetProperty("url", out _) && !release.TryGetProperty("ocid", out _))
                {
                    CheckLinkedRelease(release, path, location, ocid, report, counts);
                }
                else
                {
                    await ValidateReleaseAsync(release, document, location, path, report, counts, cancellation);
                }
            }
        }

        if (record.TryGetProperty("compiledRelease", out var compiled))
        {
            await ValidateReleaseAsync(compiled, document, location, "compiledRelease", report, counts, cancellation);
        }
    }

    private static void CheckLinkedRelease(JsonElement release, string path, SourceLocation location, string? ocid,
        Action<OcdsProblem> report, ValidationCounts counts)
    {
        if (!release.TryGetProperty("date", out var date) || date.ValueKind != JsonValueKind.String || !StrictDateTimeFormat.IsDateTime(date.GetString()))
        {
            Add(report, counts, new OcdsProblem(ProblemSeverity.Error, "schema-date-time-expected",
                "a linked release needs a `date` that is a date-time (e.g. 2024-01-31T09:00:00Z)")
            {
                Location = location,
                Ocid = ocid,
                JsonPath = $"{path}/date",
            });
        }
    }

    private async Task ValidatePackageAsync(DocumentState document, Action<OcdsProblem> report, ValidationCounts counts, CancellationToken cancellation)
    {
        if (document.Info.Shape is not (OcdsShape.ReleasePackage or OcdsShape.RecordPackage))
        {
            return;
        }

        var schema = await SchemaFor(document, document.Info.Location, report, counts, cancellation);
        var metadataSchema = document.Info.Shape == OcdsShape.ReleasePackage ? schema.ReleasePackageMetadata : schema.RecordPackageMetadata;
        var fields = document.Fields;
        if (OcdsVersion.IsVersion10(document.DeclaredVersion?.Version))
        {
            // A 1.0 package is checked as its upgrade would be: `version` (optional in 1.0) becomes "1.1".
            fields = (JsonObject)fields.DeepClone();
            fields["version"] = "1.1";
        }

        foreach (var error in SchemaErrors.Leaves(Validate(fields.ToJsonString(), metadataSchema, document.Info.Location, report, counts)))
        {
            var path = SchemaErrors.OcdsPath(error.Path, null);
            Add(report, counts, new OcdsProblem(ProblemSeverity.Error, SchemaErrors.Code(error.Kind), $"package: {SchemaErrors.Describe(error, path)}")
            {
                Location = document.Info.Location,
                JsonPath = path,
            });
        }
    }

    private async Task<OcdsSchema> SchemaFor(DocumentState document, SourceLocation location, Action<OcdsProblem> report,
        ValidationCounts counts, CancellationToken cancellation)
    {
        if (document.Schema is not null)
        {
            return document.Schema;
        }

        document.Schema = await _schemas.GetAsync(document.Extensions(), cancellation);
        foreach (var url in document.Schema.Unavailable.Where(_reportedUnavailable.Add))
        {
            var why = _schemas.Failures.TryGetValue(url, out var reason) ? reason : "it is not available";
            Add(report, counts, new OcdsProblem(ProblemSeverity.Warning, "extension-unavailable",
                $"the extension {url} was not applied: {why}; the fields it defines were checked only as the core schema allows")
            {
                Location = location,
            });
        }

        if (document.Schema.MissingDefinitions.Count > 0 && _reportedUnavailable.Add(string.Join('\n', document.Schema.MissingDefinitions)))
        {
            Add(report, counts, new OcdsProblem(ProblemSeverity.Warning, "schema-incomplete",
                $"the declared extensions refer to definitions that none of them brings ({string.Join(", ", document.Schema.MissingDefinitions)}); " +
                "the fields that use them were not checked")
            {
                Location = location,
            });
        }

        return document.Schema;
    }

    private ICollection<ValidationError> Validate(string json, JsonSchema schema, SourceLocation location, Action<OcdsProblem> report, ValidationCounts counts)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(json))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
            };
            var token = JToken.Load(reader);

            // Integers beyond 64 bits load as BigInteger, which the schema validator cannot compare: check them as numbers.
            foreach (var big in token.SelectTokens("$..*").OfType<JValue>().Where(v => v.Value is System.Numerics.BigInteger).ToList())
            {
                big.Value = (double)(System.Numerics.BigInteger)big.Value!;
            }

            return _validator.Validate(token, schema, SchemaType.JsonSchema);
        }
        catch (Exception exception) when (exception is JsonReaderException or InvalidCastException or OverflowException or FormatException)
        {
            Add(report, counts, new OcdsProblem(ProblemSeverity.Error, "unreadable-value", $"a value could not be read for validation: {exception.Message}")
            {
                Location = location,
            });
            return [];
        }
    }

    /// <summary>The release's JSON text for validation, upgraded to 1.1 first when it is OCDS 1.0.</summary>
    private static (string Text, bool Upgraded) Prepare(JsonElement release, DocumentState document)
    {
        var is10 = document.DeclaredVersion is { } declared ? OcdsVersion.IsVersion10(declared.Version) : OcdsVersion.LooksLike10(release);
        var raw = Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8Value(release));
        if (!is10 || release.ValueKind != JsonValueKind.Object)
        {
            return (raw, false);
        }

        var node = JsonNode.Parse(raw)!.AsObject();
        Upgrade10To11.UpgradeRelease(node);
        return (node.ToJsonString(), true);
    }

    private static void Add(Action<OcdsProblem> report, ValidationCounts counts, OcdsProblem problem)
    {
        if (problem.Severity == ProblemSeverity.Error)
        {
            counts.Errors++;
        }
        else
        {
            counts.Warnings++;
        }

        report(problem);
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? value.ToString()
            : null;

    /// <summary>A 64-bit FNV-1a hash of (ocid, id): memory stays small however many releases are checked.</summary>
    private static ulong Key(string ocid, string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in ocid)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        hash = unchecked((hash ^ 0xFFFF) * 1099511628211UL);
        foreach (var c in id)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }

    /// <summary>What is known of the document being validated.</summary>
    private sealed class DocumentState(OcdsDocumentInfo info, JsonElement root)
    {
        public OcdsDocumentInfo Info { get; } = info;

        public JsonObject Fields { get; } = [];

        public OcdsSchema? Schema { get; set; }

        public bool ReportedVersion10 { get; set; }

        /// <summary>The package's version, when the document is a package whose version is known (null: absent).</summary>
        public (string? Version, bool Known)? DeclaredVersion
        {
            get
            {
                if (Info.Shape is not (OcdsShape.ReleasePackage or OcdsShape.RecordPackage))
                {
                    return null;
                }

                if (root.ValueKind == JsonValueKind.Object)
                {
                    return (root.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String ? version.GetString() : null, true);
                }

                return Fields.TryGetPropertyValue("version", out var declared) ? (declared?.ToString(), true) : null;
            }
        }

        /// <summary>The extensions the package declares: from the whole document when it was parsed whole, else from the fields seen so far.</summary>
        public List<string> Extensions()
        {
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("extensions", out var declared) && declared.ValueKind == JsonValueKind.Array)
            {
                return declared.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
            }

            return Fields["extensions"] is JsonArray fromFields
                ? fromFields.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.ToString()).ToList()
                : [];
        }
    }
}
