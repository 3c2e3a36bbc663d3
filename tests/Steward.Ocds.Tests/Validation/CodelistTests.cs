using Steward.Ocds.Validation;

namespace Steward.Ocds.Tests.Validation;

public sealed class CodelistTests
{
    [Fact]
    public void Read_CodelistCsv_ReturnsTheCodeColumn()
    {
        // Arrange
        const string csv = "Code,Title,Description\nbuyer,Buyer,\"A buyer, who pays\"\nsupplier,Supplier,\"Line one\nline two\"\n";

        // Act
        var codes = Codelist.Read(csv);

        // Assert
        Assert.Equal(["buyer", "supplier"], codes.Order());
    }
}
