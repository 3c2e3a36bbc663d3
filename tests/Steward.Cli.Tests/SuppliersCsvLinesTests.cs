using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

/// <summary>A supplier CSV is read a line at a time: a bad line is refused alone and nothing after it is lost (issue 17).</summary>
public sealed class SuppliersCsvLinesTests
{
    [Fact]
    public async Task SuppliersImport_StrayQuoteAndWrongFieldCount_RefuseThoseLinesOnlyAndSaveNothingOfThem()
    {
        // Arrange
        using var folder = new TempFolder();
        var db = folder.File("steward.db");
        var csv = folder.Write("suppliers.csv",
            "name,companiesHouse,employees\n" +
            "First Ltd,01234567,12\n" +
            "\"Stray Ltd,07654321,3\n" +
            "Second Ltd,01111111,4\n" +
            "Short Ltd,02222222\n" +
            "\"Quoted, Ltd\",03333333,\"5\"\n");

        // Act
        var result = await Run("suppliers", "import", csv, "--db", db, "--by", "Procurement team");
        var listed = await Run("suppliers", "list", "--db", db);

        // Assert
        Assert.Equal(1, result.Exit);
        Assert.Contains("line 3: refused: (no name): a quoted field is not closed on this line", result.Out + result.Error, StringComparison.Ordinal);
        Assert.Contains("line 5: refused: (no name): this row has 2 fields where the header has 3", result.Out + result.Error, StringComparison.Ordinal);
        Assert.Contains("3 row(s) accepted, 2 refused", result.Error, StringComparison.Ordinal);
        Assert.Contains("Second Ltd", listed.Out, StringComparison.Ordinal);
        Assert.Contains("Quoted, Ltd", listed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Stray", listed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Short Ltd", listed.Out, StringComparison.Ordinal);
    }
}
