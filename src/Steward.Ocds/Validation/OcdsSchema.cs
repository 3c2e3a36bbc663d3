using System.Text.Json.Nodes;
using Steward.Ocds.Merging;
using NJson = NJsonSchema;

namespace Steward.Ocds.Validation;

/// <summary>
/// The OCDS 1.1.5 schema with a set of extensions applied (JSON Merge Patch, in the order declared): the release
/// schema for validation, the package schemas for package metadata, the merge rules, and every codelist with the
/// extensions' additions (<c>+name.csv</c>) and removals (<c>-name.csv</c>).
/// </summary>
public sealed class OcdsSchema
{
    private OcdsSchema(JsonObject releaseSchema, NJson.JsonSchema release, NJson.JsonSchema releasePackage,
        NJson.JsonSchema recordPackage, IReadOnlyDictionary<string, HashSet<string>> codelists,
        IReadOnlyList<string> applied, IReadOnlyList<string> unavailable)
    {
        ReleaseSchemaJson = releaseSchema;
        Release = release;
        ReleasePackageMetadata = releasePackage;
        RecordPackageMetadata = recordPackage;
        Codelists = codelists;
        Extensions = applied;
        Unavailable = unavailable;
        MergeRules = SchemaMergeRules.FromReleaseSchema(System.Text.Json.JsonSerializer.SerializeToElement(releaseSchema));
    }

    /// <summary>The patched release schema, as JSON.</summary>
    public JsonObject ReleaseSchemaJson { get; }

    /// <summary>The patched release schema, ready to validate with.</summary>
    public NJson.JsonSchema Release { get; }

    /// <summary>The release package schema without its <c>releases</c>: checks a package's own fields.</summary>
    public NJson.JsonSchema ReleasePackageMetadata { get; }

    /// <summary>The record package schema without its <c>records</c>: checks a package's own fields.</summary>
    public NJson.JsonSchema RecordPackageMetadata { get; }

    public MergeRules MergeRules { get; }

    /// <summary>Codelists by file name (e.g. <c>partyRole.csv</c>).</summary>
    public IReadOnlyDictionary<string, HashSet<string>> Codelists { get; }

    /// <summary>The extension URLs applied.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>The extension URLs declared but not available (not in the folder and not downloadable).</summary>
    public IReadOnlyList<string> Unavailable { get; }

    /// <summary>Definitions the applied extensions refer to but nothing defines; fields using them are not checked.</summary>
    public IReadOnlyList<string> MissingDefinitions { get; private init; } = [];

    /// <summary>Builds the schema from a folder holding the core schema and the available extensions.</summary>
    public static async Task<OcdsSchema> LoadAsync(SchemaFolder folder, IReadOnlyList<string> extensionUrls)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(extensionUrls);
        var release = ReadObject(folder.ReleaseSchema);
        var codelists = ReadCodelists(folder.CoreCodelists);
        var applied = new List<string>();
        var unavailable = new List<string>();
        foreach (var url in Ordered(folder, extensionUrls))
        {
            if (!folder.HasExtension(url))
            {
                unavailable.Add(url);
                continue;
            }

            var extension = folder.Extension(url);
            var patch = Path.Combine(extension, "release-schema.json");
            if (File.Exists(patch))
            {
                release = (JsonObject)JsonMergePatch.Apply(release, ReadObject(patch))!;
            }

            ApplyCodelists(codelists, Path.Combine(extension, "codelists"));
            applied.Add(url);
        }

        var dangling = DanglingReferences.Repair(release);
        var forValidation = release.DeepClone();
        StrictDateTimeFormat.Adopt(forValidation);
        var releaseSchema = await NJson.JsonSchema.FromJsonAsync(forValidation.ToJsonString());
        var releasePackage = await NJson.JsonSchema.FromJsonAsync(PackageMetadataSchema(folder.ReleasePackageSchema, "releases"));
        var recordPackage = await NJson.JsonSchema.FromJsonAsync(PackageMetadataSchema(folder.RecordPackageSchema, "records"));
        return new OcdsSchema(release, releaseSchema, releasePackage, recordPackage, codelists, applied, unavailable)
        {
            MissingDefinitions = dangling.ToList(),
        };
    }

    /// <summary>
    /// The declared extensions with the ones they depend on (their <c>dependencies</c>) placed before them, each once.
    /// </summary>
    private static List<string> Ordered(SchemaFolder folder, IReadOnlyList<string> declared)
    {
        var ordered = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in declared)
        {
            Visit(url, 0);
        }

        return ordered;

        void Visit(string url, int depth)
        {
            if (depth > 16 || !seen.Add(url))
            {
                return;
            }

            foreach (var dependency in Dependencies(folder, url))
            {
                Visit(dependency, depth + 1);
            }

            ordered.Add(url);
        }
    }

    /// <summary>The extensions an extension depends on (its <c>dependencies</c>), when it is in the folder.</summary>
    public static IReadOnlyList<string> Dependencies(SchemaFolder folder, string url)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var metadata = Path.Combine(folder.Extension(url), "extension.json");
        return File.Exists(metadata) && ReadObject(metadata)["dependencies"] is JsonArray dependencies
            ? dependencies.OfType<JsonValue>().Select(d => d.ToString()).ToList()
            : [];
    }

    private static string PackageMetadataSchema(string path, string arrayName)
    {
        var schema = ReadObject(path);
        (schema["properties"] as JsonObject)?.Remove(arrayName);
        schema.Remove("definitions");
        if (schema["required"] is JsonArray required)
        {
            schema["required"] = new JsonArray(required.Where(r => r?.ToString() != arrayName).Select(r => r?.DeepClone()).ToArray());
        }

        StrictDateTimeFormat.Adopt(schema);
        return schema.ToJsonString();
    }

    private static Dictionary<string, HashSet<string>> ReadCodelists(string folder)
    {
        var codelists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.csv"))
            {
                codelists[Path.GetFileName(file)] = Codelist.Read(File.ReadAllText(file));
            }
        }

        return codelists;
    }

    private static void ApplyCodelists(Dictionary<string, HashSet<string>> codelists, string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var codes = Codelist.Read(File.ReadAllText(file));
            if (name.StartsWith('+') || name.StartsWith('-'))
            {
                var target = name[1..];
                if (!codelists.TryGetValue(target, out var existing))
                {
                    existing = new HashSet<string>(StringComparer.Ordinal);
                    codelists[target] = existing;
                }

                if (name[0] == '+')
                {
                    existing.UnionWith(codes);
                }
                else
                {
                    existing.ExceptWith(codes);
                }
            }
            else
            {
                codelists[name] = codes;
            }
        }
    }

    private static JsonObject ReadObject(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path))?.AsObject()
                   ?? throw new InvalidDataException($"{path} is not a JSON object");
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {exception.Message}", exception);
        }
    }
}
