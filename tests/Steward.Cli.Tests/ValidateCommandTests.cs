using System.Text.Json.Nodes;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_ValidFile_ExitsZero()
    {
        // Act
        var result = await Run("validate", "--schema", SharedData.SchemaFolder, SharedData.Ocds("fts-pa2023/2026-09-03-p001.json"));

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.Contains("0 errors", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FileWithErrors_ExitsOneAndListsThemOnStandardOutput()
    {
        // Act
        var result = await Run("validate", "--schema", SharedData.SchemaFolder, SharedData.Ocds("devolved/pcs-scotland_2019-03_to_2019-04_releases.jsonl"), "--max-per-code", "0");

        // Assert
        Assert.Equal(1, result.Exit);
        var idErrors = result.Out.Split('\n').Where(l => l.Contains("`id` is required", StringComparison.Ordinal)).ToList();
        Assert.Equal(90, idErrors.Count);
        Assert.StartsWith(SharedData.Ocds("devolved/pcs-scotland_2019-03_to_2019-04_releases.jsonl") + ":1 (byte 0): error:", idErrors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_JsonFormat_IsOneParseableReport()
    {
        // Act
        var result = await Run("validate", "--schema", SharedData.SchemaFolder, "--format", "json", SharedData.Ocds("contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json"));

        // Assert
        Assert.Equal(1, result.Exit);
        var report = JsonNode.Parse(result.Out)!;
        Assert.False((bool)report["valid"]!);
        var error = Assert.Single(report["problems"]!.AsArray(), p => (string?)p!["severity"] == "error")!;
        Assert.Equal("tender/documents/1/url", (string?)error["path"]);
        Assert.Equal(2738, (int?)error["line"]);
        Assert.Equal(100, (int?)report["summary"]!["releases"]);
    }

    [Fact]
    public async Task Validate_MalformedFile_ExitsTwoNamingFileAndLine()
    {
        // Arrange
        using var folder = new TempFolder();
        var file = folder.Write("broken.jsonl", "{\"ocid\":\"a\"}\n{\"ocid\":\"b\",,}\n");

        // Act
        var result = await Run("validate", "--schema", SharedData.SchemaFolder, file);

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains($"{file}:2 (byte", result.Error, StringComparison.Ordinal);
        Assert.Contains("invalid JSON", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_SchemaFolderWithoutTheSchema_ExitsTwo()
    {
        // Arrange
        using var folder = new TempFolder();

        // Act
        var result = await RunWithInput("""{"ocid":"ocds-abc123-1"}""", "validate", "--schema", folder.Path, "-");

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains("release-schema.json", result.Error, StringComparison.Ordinal);
    }
}
