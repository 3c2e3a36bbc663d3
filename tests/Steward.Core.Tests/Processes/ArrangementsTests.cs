using System.Text.Json;
using Steward.Core.Processes;

namespace Steward.Core.Tests.Processes;

public class ArrangementsTests
{
    private static ArrangementFacts Read(string tender, string extra = "", params NoticeFacts[] notices)
    {
        using var document = JsonDocument.Parse($$"""{"ocid":"o","tender":{{tender}}{{extra}}}""");
        return Arrangements.Read(document.RootElement, notices);
    }

    [Fact]
    public void Techniques_SayWhetherItSetsUpAFrameworkOrADynamicMarket()
    {
        Assert.Equal((Arrangements.Framework, false), Pair(Read("""{"techniques":{"hasFrameworkAgreement":true}}""")));
        Assert.Equal((Arrangements.DynamicMarket, false), Pair(Read("""{"techniques":{"hasDynamicPurchasingSystem":true,"dynamicPurchasingSystem":{"type":"open"}}}""")));
    }

    [Theory]
    [InlineData("Call-off from a framework agreement")]
    [InlineData("Call off from a Framework Agreement")]
    [InlineData("Call-off from a dynamic purchasing system")]
    [InlineData("Award under framework")]
    [InlineData("Other - Further Competition - Framework")]
    [InlineData("Other - Direct Award from a Framework Contract")]
    public void ProcedureWords_ForACallOff_MakeItSpend(string details)
    {
        var arrangement = Read($$$"""{"procurementMethodDetails":"{{{details}}}","techniques":{"hasFrameworkAgreement":true}}""");
        Assert.Equal((null, true), Pair(arrangement));
        Assert.False(arrangement.SetsCeiling);
        Assert.Contains(details, arrangement.CallOffSource, StringComparison.Ordinal);
    }

    [Fact]
    public void ARelatedFrameworkProcess_MakesItACallOff() =>
        Assert.True(Read("{}", ""","relatedProcesses":[{"relationship":["framework"],"identifier":"ocds-x-1"}]""").CallOff);

    [Fact]
    public void ADynamicMarketNotice_MakesItADynamicMarket() =>
        Assert.Equal(Arrangements.DynamicMarket, Read("{}", "", new NoticeFacts { DocumentId = "d", NoticeType = "UK15", Section = "tender" }).Kind);

    [Theory]
    [InlineData("""{"title":"Children's External Placements Dynamic Purchasing System (DPS)"}""", Arrangements.DynamicMarket)]
    [InlineData("""{"title":"CM128 - YORbuild Major Works Contractors Framework Agreement"}""", Arrangements.Framework)]
    [InlineData("""{"title":"RM6059 Office Supplies Lot 2","description":"CCS is seeking to establish a Framework Contract with Suppliers"}""", Arrangements.Framework)]
    [InlineData("""{"title":"Minor Building Works","description":"The Dynamic Purchasing System (DPS) will provide a list of potential providers"}""", Arrangements.DynamicMarket)]
    [InlineData("""{"title":"Cleaning services","description":"Cleaning of the council's offices."}""", null)]
    public void Words_AreALastResort(string tender, string? kind) => Assert.Equal(kind, Read(tender).Kind);

    [Fact]
    public void ATitleNamingACallOff_IsACallOff() =>
        Assert.True(Read("""{"title":"Mini-competition under the YPO framework for furniture"}""").CallOff);

    private static (string? Kind, bool CallOff) Pair(ArrangementFacts a) => (a.Kind, a.CallOff);
}
