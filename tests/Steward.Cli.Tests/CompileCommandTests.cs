using System.Text.Json.Nodes;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

public sealed class CompileCommandTests
{
    private const string Release = """{"ocid":"ocds-abc123-1","id":"1","date":"2024-01-01T00:00:00Z","tag":["tender"],"tender":{"title":"T"}}""";

    [Fact]
    public async Task Compile_RealPage_WritesOneCompiledReleasePerOcid()
    {
        // Act
        var result = await Run("compile", SharedData.Ocds("contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json"));

        // Assert
        Assert.Equal(0, result.Exit);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(94, lines.Length);
        Assert.All(lines, line => Assert.Equal("compiled", (string?)JsonNode.Parse(line)!["tag"]![0]));
        Assert.Contains("100 releases into 94 records", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compile_StandardInput_IsReadForADash()
    {
        // Act
        var result = await RunWithInput(Release + "\n", "compile", "-");

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.Equal("T", (string?)JsonNode.Parse(result.Out)!["tender"]!["title"]);
    }

    [Fact]
    public async Task Compile_Package_WritesARecordPackageDatedByTheClock()
    {
        // Act
        var result = await RunWithInput(Release, "compile", "-", "--package", "--uri", "https://example.org/records.json", "--publisher-name", "Steward test");

        // Assert
        Assert.Equal(0, result.Exit);
        var package = JsonNode.Parse(result.Out)!;
        Assert.Equal("2026-11-25T09:30:00Z", (string?)package["publishedDate"]);
        Assert.Equal("Steward test", (string?)package["publisher"]!["name"]);
        Assert.Equal("ocds-abc123-1", (string?)package["records"]![0]!["ocid"]);
    }

    [Fact]
    public async Task Compile_ReleaseWithoutOcid_ExitsOneAndSaysWhere()
    {
        // Act
        var result = await RunWithInput("""{"releases":[{"id":"1"}]}""", "compile", "-");

        // Assert
        Assert.Equal(1, result.Exit);
        Assert.Contains("-:1 (byte", result.Error, StringComparison.Ordinal);
        Assert.Contains("release-without-ocid", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compile_WarningsOnly_ExitZeroAndAreListed()
    {
        // Act: a record whose releases are only linked compiles from its compiledRelease, with a warning.
        var result = await RunWithInput("""
            {"ocid":"ocds-abc123-1","releases":[{"url":"https://example.org/p.json#1","date":"2024-01-01T00:00:00Z"}],
             "compiledRelease":{"ocid":"ocds-abc123-1","tender":{"title":"T"}}}
            """, "compile", "-");

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.Contains("warning:", result.Error, StringComparison.Ordinal);
        Assert.Contains("record-linked-releases-only", result.Error, StringComparison.Ordinal);
        Assert.Equal("T", (string?)JsonNode.Parse(result.Out)!["tender"]!["title"]);
    }

    [Fact]
    public async Task Compile_SecondFileUnreadable_LeavesTheExistingOutputUntouched()
    {
        // Arrange
        using var folder = new TempFolder();
        var good = folder.Write("good.json", Release);
        var bad = folder.Write("bad.json", "{\"ocid\": ");
        var output = folder.Write("out.jsonl", "previous result\n");

        // Act
        var result = await Run("compile", good, bad, "--output", output);

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains($"{bad}:1", result.Error, StringComparison.Ordinal);
        Assert.Equal("previous result\n", File.ReadAllText(output));
        Assert.Equal(["bad.json", "good.json", "out.jsonl"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Compile_Output_IsWrittenToTheFile()
    {
        // Arrange
        using var folder = new TempFolder();
        var output = folder.File("out.jsonl");

        // Act
        var result = await RunWithInput(Release, "compile", "-", "-o", output);

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.Empty(result.Out);
        Assert.Single(File.ReadAllLines(output));
    }

    [Fact]
    public async Task Compile_WithSchema_AppliesTheDeclaredExtensionsMergeRules()
    {
        // Arrange: the EU profile makes an organisation's classifications a whole list.
        const string package = """
            {"uri":"https://example.org/p.json","version":"1.1","publishedDate":"2024-01-01T00:00:00Z","publisher":{"name":"P"},
             "extensions":["https://standard.open-contracting.org/profiles/eu/latest/en/extension.json"],
             "releases":[
              {"ocid":"ocds-abc123-1","id":"1","date":"2024-01-01T00:00:00Z","tag":["tender"],"parties":[{"id":"b","details":{"classifications":[{"scheme":"UK_CA_TYPE","id":"a"}]}}]},
              {"ocid":"ocds-abc123-1","id":"2","date":"2024-02-01T00:00:00Z","tag":["tender"],"parties":[{"id":"b","details":{"classifications":[{"scheme":"UK_CA_TYPE","id":"b"}]}}]}]}
            """;

        // Act
        var withSchema = await RunWithInput(package, "compile", "-", "--schema", SharedData.SchemaFolder);
        var missingFolder = await RunWithInput(package, "compile", "-", "--schema", SharedData.SchemaFolder + "/../nowhere");

        // Assert
        Assert.Equal(0, withSchema.Exit);
        var classifications = JsonNode.Parse(withSchema.Out)!["parties"]![0]!["details"]!["classifications"]!.AsArray();
        Assert.Equal(["b"], classifications.Select(c => (string?)c!["id"]));
        Assert.Equal(2, missingFolder.Exit);
        Assert.Contains("no such folder", missingFolder.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compile_WithoutSchema_MergesClassificationsById()
    {
        // Act
        var result = await RunWithInput("""
            {"ocid":"ocds-abc123-1","id":"1","date":"2024-01-01T00:00:00Z","tag":["tender"],"parties":[{"id":"b","details":{"classifications":[{"scheme":"UK_CA_TYPE","id":"a"}]}}]}
            {"ocid":"ocds-abc123-1","id":"2","date":"2024-02-01T00:00:00Z","tag":["tender"],"parties":[{"id":"b","details":{"classifications":[{"scheme":"UK_CA_TYPE","id":"b"}]}}]}
            """, "compile", "-");

        // Assert
        var classifications = JsonNode.Parse(result.Out)!["parties"]![0]!["details"]!["classifications"]!.AsArray();
        Assert.Equal(["a", "b"], classifications.Select(c => (string?)c!["id"]));
    }
}
