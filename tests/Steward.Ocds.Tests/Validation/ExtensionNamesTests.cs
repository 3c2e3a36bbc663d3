using Steward.Ocds.Validation;

namespace Steward.Ocds.Tests.Validation;

public sealed class ExtensionNamesTests
{
    [Theory]
    [InlineData("https://standard.open-contracting.org/profiles/eu/latest/en/extension.json", "eu-profile")]
    [InlineData("https://standard.open-contracting.org/profiles/eu/master/en/extension.json", "eu-profile")]
    [InlineData("https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json", "uk")]
    [InlineData("https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json", "bid")]
    [InlineData("https://raw.githubusercontent.com/open-contracting-extensions/ocds_awardCriteria_extension/master/extension.json", "awardCriteria")]
    [InlineData("https://raw.githubusercontent.com/portaledcahn/ocds_Links_extension/main/extension.json", "Links")]
    [InlineData("https://tenders.nsw.gov.au/public_data/API/NSW-eTendering-API-release-schema.json", "https_tenders.nsw.gov.au_public_data_API_NSW-eTendering-API-release-schema.json")]
    public void FromUrl_KnownShapesOfUrl_GiveTheSharedFolderNames(string url, string expected)
    {
        // Act
        var name = ExtensionNames.FromUrl(url);

        // Assert
        Assert.Equal(expected, name);
    }
}
