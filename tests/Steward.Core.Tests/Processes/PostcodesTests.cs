using Steward.Core.Processes;

namespace Steward.Core.Tests.Processes;

public class PostcodesTests
{
    [Theory]
    [InlineData("SM4 5DX", "UKI")]
    [InlineData("sw1a2as", "UKI")]
    [InlineData("CB3 0AP", "UKH")]
    [InlineData("DH1 5UL", "UKC")]
    [InlineData("CF10 4UW", "UKL")]
    [InlineData("PA19 1QP", "UKM")]
    [InlineData("BT1 5GS", "UKN")]
    [InlineData("CH1 2HS", "UKD")]
    [InlineData("CH5 3FS", "UKL")]
    [InlineData("SY3 8HQ", "UKG")]
    [InlineData("SY23 3UE", "UKL")]
    [InlineData("TD15 1BG", "UKC")]
    [InlineData("TD1 3AA", "UKM")]
    [InlineData("DA5 1AA", "UKI")]
    [InlineData("DA1 1AA", "UKJ")]
    [InlineData("PE9 2AA", "UKF")]
    [InlineData("PE1 1AA", "UKH")]
    [InlineData("MK40 1AA", "UKH")]
    [InlineData("MK9 3HQ", "UKJ")]
    [InlineData("SM4", "UKI")]
    public void Region_PlacesAPostcodeInItsFirstLevelRegion(string postcode, string region) => Assert.Equal(region, Postcodes.Region(postcode));

    [Theory]
    [InlineData("JE2 3QA")]
    [InlineData("IM1 1AA")]
    [InlineData("not a postcode")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("12345")]
    public void Region_IsNullOutsideTheUKsRegionsOrForAnythingElse(string? postcode) => Assert.Null(Postcodes.Region(postcode));

    [Fact]
    public void District_AndArea_AreReadFromThePostcode()
    {
        Assert.Equal("CB3", Postcodes.District("cb3 0ap"));
        Assert.Equal("EC1A", Postcodes.District("EC1A1BB"));
        Assert.Equal("EC", Postcodes.Area("EC1A 1BB"));
    }
}
