using Steward.Core.Suppliers;

namespace Steward.Core.Tests.Suppliers;

public class ReservableServicesTests
{
    [Theory]
    [InlineData("85311000", true)]
    [InlineData("85000000", true)]
    [InlineData("85323000", true)]
    [InlineData("85324000", false)]
    [InlineData("84999999", false)]
    [InlineData("85311000-2", true)]
    [InlineData("80110000-8", true)]
    [InlineData("80110000", true)]
    [InlineData("80111000", true)]
    [InlineData("80100000", false)]
    [InlineData("80120000", false)]
    [InlineData("80310000", true)]
    [InlineData("92620000", true)]
    [InlineData("98133000", true)]
    [InlineData("98133110", true)]
    [InlineData("98133100", true)]
    [InlineData("98130000", false)]
    [InlineData("75121000", true)]
    [InlineData("75120000", false)]
    [InlineData("45000000", false)]
    [InlineData("79410000", false)]
    [InlineData(" 85311000 ", true)]
    [InlineData("8531100", false)]
    [InlineData("853110000", false)]
    [InlineData("8531100X", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Contains_DefaultList_CodesRangesAndCodesBelowThem(string? cpv, bool expected)
    {
        // Arrange: 80110000's stem is 8011, so 80111000 is below it and 80100000 (its parent) is not.
        var services = ReservableServices.Default;

        // Act
        var contains = services.Contains(cpv);

        // Assert
        Assert.Equal(expected, contains);
    }

    [Theory]
    [InlineData("79410000", true)]
    [InlineData("79411100", true)]
    [InlineData("79400000", false)]
    [InlineData("79420000", false)]
    [InlineData("70000000", true)]
    [InlineData("70999999", true)]
    [InlineData("71000000", false)]
    public void Contains_CustomList_UsesItsEntries(string cpv, bool expected)
    {
        // Arrange
        var services = new ReservableServices(["79410000", "70000000-70999999"]);

        // Act
        var contains = services.Contains(cpv);

        // Assert
        Assert.Equal(expected, contains);
    }

    [Fact]
    public void Validate_DefaultList_NoErrors()
    {
        // Arrange
        var services = ReservableServices.Default;

        // Act
        var errors = services.Validate();

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_BadEntries_NamesEachByIndex()
    {
        // Arrange
        var services = new ReservableServices(["85311000", "8531", "85000000-85323000", "85000000-85323000-1", "community care", "85000000-"]);

        // Act
        var errors = services.Validate();

        // Assert
        Assert.Equal(
            [
                "reservableServices[1]: \"8531\" is not an 8-digit CPV code or a FROM-TO range",
                "reservableServices[3]: \"85000000-85323000-1\" is not an 8-digit CPV code or a FROM-TO range",
                "reservableServices[4]: \"community care\" is not an 8-digit CPV code or a FROM-TO range",
                "reservableServices[5]: \"85000000-\" is not an 8-digit CPV code or a FROM-TO range",
            ],
            errors.Select(e => e.Message));
        Assert.All(errors, e => Assert.Equal("RULES_INVALID", e.Code));
    }
}
