using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Ocds.Merging;

namespace Steward.Ocds.Tests.Merging;

internal static class MergeHarness
{
    public static (JsonObject Result, IReadOnlyList<MergeWarning> Warnings) Compile(params string[] releases) =>
        Run(MergeRules.Ocds11, versioned: false, releases);

    public static (JsonObject Result, IReadOnlyList<MergeWarning> Warnings) Version(params string[] releases) =>
        Run(MergeRules.Ocds11, versioned: true, releases);

    public static (JsonObject Result, IReadOnlyList<MergeWarning> Warnings) Run(MergeRules rules, bool versioned, params string[] releases)
    {
        var documents = releases.Select(r => JsonDocument.Parse(r)).ToList();
        try
        {
            var merged = new ReleaseMerger(rules).Merge("ocds-a-1", documents.Select(d => d.RootElement).ToList(), versioned);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                if (versioned)
                {
                    merged.WriteVersioned(writer);
                }
                else
                {
                    merged.WriteCompiled(writer);
                }
            }

            return (JsonNode.Parse(Encoding.UTF8.GetString(buffer.ToArray()))!.AsObject(), merged.Warnings);
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }

    /// <summary>A release of process ocds-a-1 with the given id, date and extra fields (a JSON object body).</summary>
    public static string Release(string id, string date, string fields = "") =>
        $$"""{"ocid":"ocds-a-1","id":"{{id}}","date":"{{date}}","tag":["tender"]{{(fields.Length > 0 ? "," + fields : string.Empty)}}}""";
}
