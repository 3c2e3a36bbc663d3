using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Ocds.Compiling;
using Steward.Ocds.Merging;
using Steward.Ocds.Normalisation;
using Steward.Ocds.Reading;
using Steward.Ocds.Upgrading;
using Steward.Ocds.Writing;
using Steward.Testing.Fuzzing;

namespace Steward.Ocds.Tests.Fuzzing;

/// <summary>
/// The toolkit's contract on generated hostile input (issue 17): every input is read or refused with an
/// <see cref="OcdsReadException"/> naming the source; whatever is read can be upgraded, merged, normalised and
/// written without any other exception. Fixed seeds and counts: the same cases every run.
/// </summary>
public sealed class ToolkitFuzzTests
{
    private const string Source = "fuzz.json";

    [Fact]
    public void Reader_HostileInputs_ReadEveryTextOrRefuseNamingTheSource()
    {
        FuzzCases.Check(HostileInput.File, 250, 17, bytes =>
        {
            // Act
            var refusal = Record.Exception(() =>
            {
                using var reader = new OcdsReader(OcdsInput.Decode(new MemoryStream(bytes)), Source);
                while (reader.Read() is { } next)
                {
                    Touch(next.Value);
                }
            });

            // Assert
            Refused(refusal);
        }, HostileInput.Show);
    }

    [Fact]
    public void UpgradeMergeNormalise_HostileReleases_NeverThrow()
    {
        var merger = new ReleaseMerger(MergeRules.Ocds11);
        FuzzCases.Check(HostileInput.File, 200, 1717, bytes =>
        {
            // Arrange
            var releases = ReadReleases(bytes);

            // Act and assert: each step takes whatever was read.
            foreach (var group in releases.GroupBy(r => r.Ocid))
            {
                var elements = group.Select(r => r.Document.RootElement).ToList();
                var merged = merger.Merge(group.Key, elements);
                var versioned = merger.Merge(group.Key, elements, versioned: true);
                using var buffer = new MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    merged.WriteCompiled(writer);
                }

                using (var writer = new Utf8JsonWriter(Stream.Null))
                {
                    versioned.WriteVersioned(writer);
                }

                var compiled = JsonNode.Parse(buffer.ToArray())!.AsObject();
                new UkNormaliser().Normalise(compiled);
                PersonalData.Redact(compiled);
                _ = compiled.ToJsonString(OcdsJson.SerializerOptions);
            }

            foreach (var release in releases)
            {
                var node = JsonNode.Parse(release.Document.RootElement.GetRawText())!.AsObject();
                Upgrade10To11.UpgradeRelease(node);
                new UkNormaliser().Normalise(node);
                _ = node.ToJsonString(OcdsJson.SerializerOptions);
                release.Document.Dispose();
            }
        }, HostileInput.Show);
    }

    [Fact]
    public void CompileUpgradeNormaliseRewrite_HostileInputs_WriteOrRefuseNamingTheSource()
    {
        FuzzCases.Check(HostileInput.File, 150, 171717, bytes =>
        {
            foreach (var step in new Action<OcdsReader>[] { Compile, Upgrade, Normalise })
            {
                // Act
                var refusal = Record.Exception(() =>
                {
                    using var reader = new OcdsReader(OcdsInput.Decode(new MemoryStream(bytes)), Source);
                    step(reader);
                });

                // Assert
                Refused(refusal);
            }
        }, HostileInput.Show);
    }

    /// <summary>Nothing went wrong, or the input was refused as unreadable, naming the source.</summary>
    private static void Refused(Exception? refusal)
    {
        if (refusal is not null && refusal is not OcdsReadException)
        {
            Assert.Fail($"not a refusal but {refusal}");
        }

        Assert.True(refusal is null || refusal.Message.StartsWith(Source, StringComparison.Ordinal), refusal?.Message);
    }

    private static void Compile(OcdsReader reader)
    {
        using var compiler = new OcdsCompiler(new CompileOptions { Versioned = true });
        compiler.Read(reader);
        compiler.WriteReleases(Stream.Null, MergeRules.Ocds11);
    }

    private static void Upgrade(OcdsReader reader) => OcdsUpgrade.Rewrite(reader, Stream.Null);

    private static void Normalise(OcdsReader reader)
    {
        var normaliser = new UkNormaliser();
        new DocumentRewriter(Stream.Null).Rewrite(reader, (release, _) => normaliser.Normalise(release).Count > 0, (_, _) => false);
    }

    private static List<(string Ocid, JsonDocument Document)> ReadReleases(byte[] bytes)
    {
        var releases = new List<(string, JsonDocument)>();
        try
        {
            using var reader = new OcdsReader(OcdsInput.Decode(new MemoryStream(bytes)), Source);
            while (reader.Read() is { } next)
            {
                if (next.Kind == OcdsEventKind.Release)
                {
                    var ocid = next.Value.TryGetProperty("ocid", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : "none";
                    releases.Add((ocid, JsonDocument.Parse(next.Value.GetRawText())));
                }
            }
        }
        catch (OcdsReadException)
        {
            // Refused input: the releases read before the refusal are still merged.
        }

        return releases;
    }

    /// <summary>Reads every string and key of a value, as the steps after the reader do.</summary>
    private static void Touch(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    Touch(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Touch(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            default:
                break;
        }
    }
}
