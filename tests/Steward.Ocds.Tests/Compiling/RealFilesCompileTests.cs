using System.Text.Json.Nodes;
using Steward.Testing;
using static Steward.Ocds.Tests.Compiling.CompileHarness;

namespace Steward.Ocds.Tests.Compiling;

/// <summary>Compiling the real files in ../shared/data/ocds.</summary>
public sealed class RealFilesCompileTests
{
    [Fact]
    public void Compile_MexicanRecordPackage_MatchesThePublishersCompiledRelease()
    {
        // Arrange
        var path = SharedData.Ocds("other-publishers/mx-sfp_record-package-1-2.json");
        var published = JsonNode.Parse(File.ReadAllText(path))!["records"]!.AsArray()
            .ToDictionary(r => (string)r!["ocid"]!, r => r!["compiledRelease"]!.AsObject());

        // Act
        var (compiled, compiler) = CompileFiles(path);

        // Assert: the same content, once the publisher's own id, nulls, empty objects and officials' contact
        // details (which Steward never writes) are set aside.
        Assert.Empty(compiler.Problems);
        Assert.Equal(2, compiled.Count);
        foreach (var ours in compiled)
        {
            var theirs = published[(string)ours["ocid"]!];
            Assert.Equal(Comparable(theirs), Comparable(ours));
            Assert.Equal((string?)theirs["date"], (string?)ours["date"]);
            Assert.Equal(["compiled"], ours["tag"]!.AsArray().Select(t => (string?)t));
        }
    }

    [Fact]
    public void Compile_ContractsFinderPage_Gives94Records()
    {
        // Act
        var (compiled, compiler) = CompileFiles(SharedData.Ocds("contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json"));

        // Assert: the README counts 100 releases and 94 ocids.
        Assert.Equal(94, compiled.Count);
        Assert.Equal(compiled.Select(c => (string)c["ocid"]!).Order(StringComparer.Ordinal), compiled.Select(c => (string)c["ocid"]!));
        Assert.Empty(compiler.Problems);
    }

    [Fact]
    public void Compile_LegacyContractsFinder_UpgradesEveryRelease()
    {
        // Act
        var (compiled, compiler) = CompileFiles(SharedData.Ocds("contracts-finder/cf-legacy_2014-12_to_2015-02_ocds-1.0_packages.jsonl"));

        // Assert
        Assert.Equal(200, compiled.Count);
        Assert.All(compiled, c => Assert.Contains(c["parties"]!.AsArray(), p => p!["roles"]!.AsArray().Any(r => (string?)r == "buyer")));
        Assert.Empty(compiler.Problems);
    }

    [Fact]
    public void Compile_FindATenderPages_MergesTheSameProcessAcrossFiles()
    {
        // Arrange: 083674-2026 in page 1 and the derived _noid copy are the same process (ocds-h6vhtk-065444).
        var page = SharedData.Ocds("fts-pa2023/2026-09-03-p001.json");
        var copy = SharedData.Ocds("fts-pa2023/_noid-2026-09-03-p001-000.json");

        // Act
        var (compiled, _) = CompileFiles(page, copy);

        // Assert
        Assert.Equal(5, compiled.Count);
        var process = Assert.Single(compiled, c => (string?)c["ocid"] == "ocds-h6vhtk-065444");
        Assert.Equal(35000, (int?)process["contracts"]![0]!["value"]!["amount"]);
    }

    [Fact]
    public void Compile_EveryRealFileTogether_GivesOneRecordPerProcessWithoutProblems()
    {
        // Arrange
        var files = Directory.EnumerateFiles(SharedData.Require("ocds"), "*.json*", SearchOption.AllDirectories).Order().ToArray();

        // Act
        var (compiled, compiler) = CompileFiles(files);

        // Assert: 612 releases plus the 2 inside the Mexican records; the only processes with several releases
        // are the 6 repeated ocids of the Contracts Finder page and the Find a Tender UK10 notice and its copy.
        Assert.Equal(607, compiled.Count);
        Assert.Equal(compiled.Count, compiled.Select(c => (string)c["ocid"]!).Distinct().Count());
        Assert.Empty(compiler.Problems);
    }

    private static string Comparable(JsonObject compiled)
    {
        var copy = compiled.DeepClone().AsObject();
        copy.Remove("id");
        copy.Remove("tag");
        PersonalData.Redact(copy);
        return Canonical(Clean(copy))!.ToJsonString();
    }

    private static JsonNode? Clean(JsonNode? node) => node switch
    {
        JsonObject obj => Prune(obj),
        JsonArray array => new JsonArray(array.Select(Clean).ToArray()),
        _ => node?.DeepClone(),
    };

    private static JsonObject Prune(JsonObject obj)
    {
        var result = new JsonObject();
        foreach (var (key, value) in obj)
        {
            var cleaned = Clean(value);
            if (cleaned is null || cleaned is JsonObject { Count: 0 })
            {
                continue;
            }

            result[key] = cleaned;
        }

        return result;
    }

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Canonical).ToArray()),
        _ => node?.DeepClone(),
    };
}
