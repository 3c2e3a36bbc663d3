using System.Text.Json;
using Steward.Core.Processes;

namespace Steward.Core.Tests.Processes;

public class CommunityBenefitTextTests
{
    [Fact]
    public void Find_TheReleaseDescription_StartsAtTheSentenceThatNamesCommunityBenefits()
    {
        using var document = JsonDocument.Parse("""
            {"description":"To register your interest visit Sell2Wales. Under the terms of this contract the supplier will deliver Community Benefits. The Community Benefits included are: apprenticeships.","tender":{"description":"Cleaning."}}
            """);
        var found = CommunityBenefitText.Find(document.RootElement)!;
        Assert.Equal("description", found.Source);
        Assert.Equal("Under the terms of this contract the supplier will deliver Community Benefits. The Community Benefits included are: apprenticeships.", found.Excerpt);
    }

    [Fact]
    public void Find_ContractTerms_AreReadToo_AndNothingIsFoundWhereNoneIsNamed()
    {
        using var terms = JsonDocument.Parse("""{"tender":{"contractTerms":{"performanceTerms":"Social value commitments will be KPIs."}}}""");
        using var none = JsonDocument.Parse("""{"tender":{"description":"Cleaning of offices."}}""");
        Assert.Equal("tender.contractTerms.performanceTerms", CommunityBenefitText.Find(terms.RootElement)!.Source);
        Assert.Null(CommunityBenefitText.Find(none.RootElement));
    }

    [Fact]
    public void ExcerptOf_ALongText_StopsAtASentenceEndWithinTheLimit()
    {
        var text = "Community benefits are sought. " + string.Concat(Enumerable.Repeat("More words here. ", 200));
        var excerpt = CommunityBenefitText.ExcerptOf(text)!;
        Assert.True(excerpt.Length <= CommunityBenefitText.MaxLength + 2);
        Assert.EndsWith(". …", excerpt, StringComparison.Ordinal);
    }
}
