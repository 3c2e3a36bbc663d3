using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

/// <summary>Folder import follows links but reads each real folder and file once (issue 17).</summary>
public sealed class ImportFolderTests
{
    [Fact]
    public async Task Import_FolderWithALinkBackToItsParent_ReadsEachFileOnce()
    {
        // Arrange
        using var folder = new TempFolder();
        var data = Directory.CreateDirectory(folder.File("data")).FullName;
        File.WriteAllText(Path.Combine(data, "a.json"), Release("ocds-abc123-1"));
        Directory.CreateDirectory(Path.Combine(data, "sub"));
        File.WriteAllText(Path.Combine(data, "sub", "b.json"), Release("ocds-abc123-2"));
        Directory.CreateSymbolicLink(Path.Combine(data, "sub", "up"), data);

        // Act
        var result = await Run("import", data, "--db", folder.File("steward.db"));

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.Contains("2 of 2 inputs", result.Error, StringComparison.Ordinal);
        Assert.Contains("releases 2 new, 0 changed, 0 skipped", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TwoFoldersLinkedToEachOther_EndsAndReadsEachFileOnce()
    {
        // Arrange: x/to-y → y and y/to-x → x, which once made the walk loop for ever.
        using var folder = new TempFolder();
        var x = Directory.CreateDirectory(folder.File("x")).FullName;
        var y = Directory.CreateDirectory(folder.File("y")).FullName;
        File.WriteAllText(Path.Combine(x, "x.json"), Release("ocds-abc123-1"));
        File.WriteAllText(Path.Combine(y, "y.json"), Release("ocds-abc123-2"));
        Directory.CreateSymbolicLink(Path.Combine(x, "to-y"), y);
        Directory.CreateSymbolicLink(Path.Combine(y, "to-x"), x);

        // Act
        var result = await Run("import", x, "--db", folder.File("steward.db"));

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.Contains("2 of 2 inputs", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_LinkToNothing_IsSkippedWithAWarning()
    {
        // Arrange
        using var folder = new TempFolder();
        var data = Directory.CreateDirectory(folder.File("data")).FullName;
        File.WriteAllText(Path.Combine(data, "a.json"), Release("ocds-abc123-1"));
        File.CreateSymbolicLink(Path.Combine(data, "gone.json"), Path.Combine(data, "missing.json"));

        // Act
        var result = await Run("import", data, "--db", folder.File("steward.db"));

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.Contains("gone.json: a link to nothing", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 of 1 inputs", result.Error, StringComparison.Ordinal);
    }

    private static string Release(string ocid) => $"{{\"ocid\":\"{ocid}\",\"id\":\"1\",\"date\":\"2024-01-01T00:00:00Z\",\"tag\":[\"tender\"]}}\n";
}
