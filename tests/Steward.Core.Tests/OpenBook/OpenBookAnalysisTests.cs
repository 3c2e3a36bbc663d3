using Steward.Core.OpenBook;

namespace Steward.Core.Tests.OpenBook;

public class OpenBookAnalysisTests
{
    [Fact]
    public void Analyse_SampleSubmission_GivesEveryFigure()
    {
        // Arrange: cost 8,000 + margin 2,000 = price 10,000 over 4 placement-weeks.
        var (template, submission) = (Samples.Template(), Samples.Submission());

        // Act
        var result = OpenBookAnalysis.Analyse(template, submission).Value;

        // Assert
        Assert.Equal(8000m, result.TotalCost);
        Assert.Equal(2000m, result.Margin);
        Assert.Equal(10000m, result.TotalPrice);
        Assert.Equal(20m, result.MarginPercentOfPrice);
        Assert.Equal(25m, result.MarkupPercentOfCost);
        Assert.Equal(2000m, result.CostPerUnit);
        Assert.Equal(2500m, result.PricePerUnit);
        Assert.Equal("placement-week", result.Unit);
        Assert.Equal("childrens-homes", result.ServiceCategory);
    }

    [Fact]
    public void Analyse_Categories_GiveSubtotalsAndSharesWithNullForCategoriesNotAsked()
    {
        // Arrange
        var (template, submission) = (Samples.Template(), Samples.Submission());

        // Act
        var categories = OpenBookAnalysis.Analyse(template, submission).Value.Categories.ToDictionary(c => c.Category);

        // Assert
        Assert.Equal(6, categories.Count);
        Assert.Equal(5000m, categories[CostCategory.Staff].Subtotal);
        Assert.Equal(50m, categories[CostCategory.Staff].ShareOfPricePercent);
        Assert.Equal(15m, categories[CostCategory.Capital].ShareOfPricePercent);
        Assert.Equal(20m, categories[CostCategory.Margin].ShareOfPricePercent);
        Assert.Null(categories[CostCategory.Finance].Subtotal);
        Assert.Null(categories[CostCategory.Finance].ShareOfPricePercent);
        Assert.Equal(100m, categories.Values.Sum(c => c.ShareOfPricePercent ?? 0));
    }

    [Fact]
    public void Analyse_OptionalLineLeftOut_CountsAsZero()
    {
        // Arrange
        var submission = Samples.Submission() with { Lines = Samples.Submission().Lines.Where(l => l.LineId != "overheads").ToList() };

        // Act
        var result = OpenBookAnalysis.Analyse(Samples.Template(), submission).Value;

        // Assert
        Assert.Equal(0m, result.Categories.Single(c => c.Category == CostCategory.Overheads).Subtotal);
        Assert.Equal(7500m, result.TotalCost);
    }

    [Fact]
    public void Analyse_PriceZero_PercentagesAreNullNotZero()
    {
        // Arrange
        var submission = Samples.Submission() with { Lines = Samples.Submission().Lines.Select(l => l with { Amount = 0 }).ToList() };

        // Act
        var result = OpenBookAnalysis.Analyse(Samples.Template(), submission).Value;

        // Assert
        Assert.Equal(0m, result.TotalPrice);
        Assert.Null(result.MarginPercentOfPrice);
        Assert.Null(result.MarkupPercentOfCost);
        Assert.All(result.Categories, c => Assert.Null(c.ShareOfPricePercent));
        Assert.Equal(0m, result.PricePerUnit);
    }

    [Fact]
    public void Analyse_Loss_GivesNegativeMargin()
    {
        // Arrange: cost 8,000, margin −800 → price 7,200.
        var submission = Samples.Submission(margin: -800m);

        // Act
        var result = OpenBookAnalysis.Analyse(Samples.Template(), submission).Value;

        // Assert
        Assert.Equal(7200m, result.TotalPrice);
        Assert.Equal(-10m, result.MarkupPercentOfCost);
        Assert.Equal(-800m * 100 / 7200m, result.MarginPercentOfPrice);
    }

    [Fact]
    public void Analyse_InvalidSubmission_FailsListingEveryProblem()
    {
        // Arrange
        var submission = Samples.Submission() with { Units = 0, SupplierId = "s1", Lines = [new() { LineId = "staff", Amount = -1 }] };

        // Act
        var result = OpenBookAnalysis.Analyse(Samples.Template(), submission);

        // Assert
        Assert.False(result.IsSuccess);
        Assert.Equal("OPEN_BOOK_SUBMISSION_INVALID", result.Error!.Code);
        Assert.Contains("units: must be more than 0, found 0.", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("lines[0].amount: must not be negative, found -1", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("\"margin\"", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_InvalidTemplate_FailsNamingTheTemplate()
    {
        // Arrange
        var template = Samples.Template() with { ExpectedUnits = 0 };

        // Act
        var result = OpenBookAnalysis.Analyse(template, Samples.Submission());

        // Assert
        Assert.Equal("OPEN_BOOK_TEMPLATE_INVALID", result.Error!.Code);
        Assert.Equal("Template \"ch-lot-1\" is not valid: expectedUnits: must be more than 0, found 0.", result.Error.Message);
    }
}
