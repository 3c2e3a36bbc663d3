using Steward.Core.Processes;

namespace Steward.Core.Tests.Processes;

public class OrganisationKeysTests
{
    private static PartyFacts Party(string name, string? postcode = null, params OrganisationIdentifier[] identifiers) =>
        new() { PartyId = "1", Name = name, PostalCode = postcode, Identifiers = identifiers };

    [Fact]
    public void NameKey_PublicBody_LeavesThePostcodeOut_SupplierKeepsIt()
    {
        // Durham County Council publishes DH1 5UL, DH1 5UG, DH1 5UQ…: one body.
        Assert.Equal("name:durham county council", OrganisationKeys.NameKey(Party("Durham County Council", "DH1 5UL"), publicBody: true));
        Assert.Equal("name:durham county council", OrganisationKeys.NameKey(Party("DURHAM COUNTY COUNCIL", "DH1 5UQ"), publicBody: true));
        Assert.Equal("name:acme care|DH15UL", OrganisationKeys.NameKey(Party("Acme Care Ltd", "dh1 5ul")));
    }

    [Fact]
    public void NameKey_SchoolsKeepTheirPostcodeDistrict_ForSchoolsShareNames()
    {
        Assert.Equal("name:st josephs catholic primary school|NE1", OrganisationKeys.NameKey(Party("St Joseph's Catholic Primary School", "NE1 4XF"), publicBody: true));
        Assert.Equal("name:st josephs catholic primary school|M14", OrganisationKeys.NameKey(Party("St Joseph’s Catholic Primary School", "M14 6PL"), publicBody: true));
    }

    [Theory]
    [InlineData("The City of Edinburgh Council", "city of edinburgh council")]
    [InlineData("Telford & Wrekin Council", "telford and wrekin council")]
    [InlineData("Children's Services Ltd", "childrens services")]
    [InlineData("  ACME   care LIMITED ", "acme care")]
    public void NormaliseName_ReadsNamesAsOne(string name, string expected) => Assert.Equal(expected, OrganisationKeys.NormaliseName(name));

    [Fact]
    public void Ordered_LeavesOutPublishersOwnNumbers_AndPutsTheStrongestFirst()
    {
        var party = Party("x", null, new("GB-FTS", "141319"), new("GB-COH", "01234567"), new("GB-PPON", "PDMT-1234-ABCD"), new("GB-CFS", "18525"));
        Assert.Equal(["GB-PPON-PDMT-1234-ABCD", "GB-COH-01234567"], OrganisationKeys.Ordered(party).Select(i => i.Key));
        Assert.False(OrganisationKeys.IsRegisterScheme("GB-FTS"));
        Assert.True(OrganisationKeys.IsRegisterScheme("GB-LAE"));
    }

    [Fact]
    public void Strength_RanksRegisterIdentifiersAboveNameKeys()
    {
        Assert.True(OrganisationKeys.Strength("GB-PPON-PDMT-1234-ABCD") < OrganisationKeys.Strength("GB-COH-01234567"));
        Assert.True(OrganisationKeys.Strength("GB-LAE-DUR") < OrganisationKeys.Strength("name:durham county council"));
        Assert.True(OrganisationKeys.Strength("XX-OTHER-1") < OrganisationKeys.Strength("name:x"));
    }
}
