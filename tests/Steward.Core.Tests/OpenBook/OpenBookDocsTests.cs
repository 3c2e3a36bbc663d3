using System.Text.Json;
using System.Text.RegularExpressions;
using Steward.Core.OpenBook;

namespace Steward.Core.Tests.OpenBook;

/// <summary>The JSON examples in docs/open-book.md read, validate and give the figures the text states.</summary>
public partial class OpenBookDocsTests
{
    [Fact]
    public void DocsExamples_ReadValidateAndAnalyse_AsDocumented()
    {
        // Arrange
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Steward.slnx")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        var text = File.ReadAllText(Path.Combine(folder.FullName, "docs", "open-book.md"));
        var blocks = JsonBlock().Matches(text).Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement.Clone()).ToList();

        // Act
        var template = OpenBookJson.ReadTemplate(blocks[0]).Value;
        var submission = OpenBookJson.ReadSubmission(blocks[1]).Value;
        var policy = OpenBookJson.ReadPolicy(blocks[2]).Value;
        var result = OpenBookAnalysis.Analyse(template, submission).Value;
        var check = ProfitCapCheck.Check(policy, result, new DateOnly(2026, 9, 1));

        // Assert
        Assert.Equal(3, blocks.Count);
        Assert.Empty(policy.Validate());
        Assert.Equal((165000m, 45000m, 210000m), (result.TotalCost, result.Margin, result.TotalPrice));
        Assert.Equal(21.43m, decimal.Round(result.MarginPercentOfPrice!.Value, 2));
        Assert.Equal(CapStatus.Breached, check.Status);
        Assert.Equal(24000m, check.Excess);
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
