using Steward.Core.Processes;

namespace Steward.Core.Tests.Processes;

public class BuyerKindsTests
{
    [Theory]
    [InlineData(null, null, "Durham County Council", null, BuyerKinds.LocalAuthority)]
    [InlineData(null, null, "Lancing Parish Council", null, BuyerKinds.LocalAuthority)]
    [InlineData(null, null, "Arts Council England", null, BuyerKinds.CentralGovernment)]
    [InlineData(null, null, "NHS Wales Shared Services Partnership (hosted by Velindre University NHS Trust)", "UKL", BuyerKinds.NhsBody)]
    [InlineData(null, null, "Cardiff University", "UKL", BuyerKinds.Education)]
    [InlineData(null, null, "Connexus Homes Limited", null, BuyerKinds.HousingAssociation)]
    [InlineData(null, null, "Homes England", null, BuyerKinds.CentralGovernment)]
    [InlineData(null, null, "Ministry of Defence", null, BuyerKinds.CentralGovernment)]
    [InlineData(null, null, "Llywodraeth Cymru / Welsh Government", "UKL", BuyerKinds.Devolved)]
    [InlineData("Ministry or any other national or federal authority, including their regional or local subdivisions", null, "Registers of Scotland", "UKM", BuyerKinds.Devolved)]
    [InlineData("publicAuthorityCentralGovernment", null, "Cabinet Office", null, BuyerKinds.CentralGovernment)]
    [InlineData("REGIONAL_AUTHORITY", null, "Trivallis", null, BuyerKinds.LocalAuthority)]
    [InlineData("Registered Social Landlord (RSL)", null, "Trivallis", "UKL", BuyerKinds.HousingAssociation)]
    [InlineData("Body governed by public law", "09", "West College Scotland", "UKM", BuyerKinds.Education)]
    [InlineData("Body governed by public law", "07", "Golden Jubilee Foundation", "UKM", BuyerKinds.NhsBody)]
    [InlineData("Body governed by public law", "01", "Scotland Excel", "UKM", BuyerKinds.Other)]
    [InlineData(null, null, "ESPO", null, BuyerKinds.Other)]
    public void Classify_ReadsOneVocabularyFromEveryPublishersWords(string? published, string? activity, string name, string? region, string expected) =>
        Assert.Equal(expected, BuyerKinds.Classify(published, activity, name, region).Kind);

    [Fact]
    public void Classify_SaysWhatTheTypeWasReadFrom()
    {
        Assert.Equal("name contains \"county council\"", BuyerKinds.Classify(null, null, "Durham County Council", null).Source);
        Assert.Equal("published type \"REGIONAL_AUTHORITY\"", BuyerKinds.Classify("REGIONAL_AUTHORITY", null, "Trivallis", null).Source);
        Assert.Equal("no published type, and no name rule applies", BuyerKinds.Classify(null, null, "ESPO", null).Source);
        Assert.Equal("Local authority", BuyerKinds.Label(BuyerKinds.LocalAuthority));
    }
}
