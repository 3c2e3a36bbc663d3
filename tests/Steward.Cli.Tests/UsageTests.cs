using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData(new[] { "frobnicate" }, "frobnicate")]
    [InlineData(new[] { "compile" }, "Required argument")]
    [InlineData(new[] { "compile", "a.json", "--bogus" }, "--bogus")]
    [InlineData(new[] { "validate", "a.json", "--format", "xml" }, "xml")]
    [InlineData(new[] { "compile", "a.json", "--memory-mb", "0" }, "--memory-mb")]
    [InlineData(new string[0], "Required command")]
    public async Task Run_BadUsage_ExitsTwoWithAMessageOnStandardError(string[] args, string expected)
    {
        // Act
        var result = await Run(args);

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("compile")]
    [InlineData("upgrade")]
    [InlineData("normalise")]
    [InlineData("detect")]
    public async Task Run_MissingFile_ExitsTwoSayingSo(string verb)
    {
        // Act
        var result = await Run(verb, "/nonexistent/steward-input.json");

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains("/nonexistent/steward-input.json", result.Error, StringComparison.Ordinal);
        Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_EmptyFile_ExitsTwoSayingItIsEmpty()
    {
        // Arrange
        using var folder = new TempFolder();
        var file = folder.Write("empty.json", string.Empty);

        // Act
        var result = await Run("compile", file);

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains("empty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Help_ExitsZeroListingTheVerbs()
    {
        // Act
        var result = await Run("--help");

        // Assert
        Assert.Equal(0, result.Exit);
        foreach (var verb in new[] { "compile", "upgrade", "validate", "normalise", "detect" })
        {
            Assert.Contains(verb, result.Out, StringComparison.Ordinal);
        }
    }
}
