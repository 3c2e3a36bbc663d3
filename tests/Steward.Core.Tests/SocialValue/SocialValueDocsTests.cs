using System.Text.Json;
using System.Text.RegularExpressions;
using Steward.Core.SocialValue.Sroi;
using Steward.Core.SocialValue.Valuation;

namespace Steward.Core.Tests.SocialValue;

/// <summary>The JSON examples in docs/social-value.md read and give the figures the text states.</summary>
public sealed partial class SocialValueDocsTests
{
    [Fact]
    public void DocsExamples_ReadAndGiveTheStatedFigures()
    {
        // Arrange
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Steward.slnx")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        var text = File.ReadAllText(Path.Combine(folder.FullName, "docs", "social-value.md"));
        var blocks = JsonBlock().Matches(text).Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement.Clone()).ToList();

        // Act
        var (input, inputErrors) = SroiJson.Read(blocks[0]);
        var sroi = SroiCalculator.Calculate(input!).Value;
        var (library, libraryErrors) = ProxyLibraryJson.Read(blocks[1]);
        var (series, seriesErrors) = DeflatorSeriesJson.Read(blocks[2]);

        // Assert
        Assert.Equal(3, blocks.Count);
        Assert.Empty(inputErrors.Concat(libraryErrors).Concat(seriesErrors));
        Assert.Equal([30780m, 21546m, 15082.2m], sroi.Outcomes[0].UndiscountedValues);
        Assert.Equal([31200m, 15600m], sroi.Outcomes[1].UndiscountedValues);
        Assert.Equal((108163.53m, 58163.53m, 2.16m, 0.83m),
            (decimal.Round(sroi.PresentValue, 2), decimal.Round(sroi.NetPresentValue, 2), decimal.Round(sroi.Ratio, 2), decimal.Round(sroi.PaybackYears!.Value, 2)));
        Assert.Equal((2024, 2019), (library!.Find("local-hire")!.PriceYear, library.Find("wellby")!.PriceYear));
        Assert.Equal(16250m, series!.Rebase(library.Find("wellby")!, 2024).Value.Value);
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
