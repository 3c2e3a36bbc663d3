using Steward.Core.OpenBook;

namespace Steward.Core.Tests.OpenBook;

public class CostTemplateTests
{
    [Fact]
    public void Validate_SampleTemplate_HasNoErrors()
    {
        // Arrange
        var template = Samples.Template();

        // Act
        var errors = template.Validate();

        // Assert
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(0, "expectedUnits: must be more than 0, found 0.")]
    [InlineData(-1, "expectedUnits: must be more than 0, found -1.")]
    [InlineData(0.005, "expectedUnits: must have at most 2 decimal places, found 0.005.")]
    [InlineData(2000000000, "expectedUnits: must be at most 1000000000, found 2000000000.")]
    public void Validate_BadExpectedUnits_NamesFieldAndValue(double units, string expected)
    {
        // Arrange
        var template = Samples.Template() with { ExpectedUnits = (decimal)units };

        // Act
        var errors = template.Validate();

        // Assert
        Assert.Equal(expected, Assert.Single(errors).Message);
    }

    [Fact]
    public void Validate_DuplicateLineId_NamesBothLines()
    {
        // Arrange
        var template = Samples.Template();
        template = template with { Lines = [.. template.Lines, new CostLine { Id = "staff", Label = "More staff", Category = CostCategory.Staff }] };

        // Act
        var errors = template.Validate();

        // Assert
        var error = Assert.Single(errors);
        Assert.Equal("TEMPLATE_LINE_DUPLICATE", error.Code);
        Assert.Equal("lines[5].id: \"staff\" is already used by lines[0].", error.Message);
    }

    [Fact]
    public void Validate_NoMarginLine_NamesLines()
    {
        // Arrange
        var template = Samples.Template() with { Lines = Samples.Template().Lines.Where(l => l.Category != CostCategory.Margin).ToList() };

        // Act
        var errors = template.Validate();

        // Assert
        Assert.StartsWith("lines: no line has category Margin", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OptionalMarginLine_NamesItsRequiredField()
    {
        // Arrange
        var lines = Samples.Template().Lines.Select(l => l.Category == CostCategory.Margin ? l with { Required = false } : l).ToList();
        var template = Samples.Template() with { Lines = lines };

        // Act
        var errors = template.Validate();

        // Assert
        Assert.StartsWith("lines[4].required:", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UndefinedCategoryAndEmptyTexts_NameEachField()
    {
        // Arrange
        var template = Samples.Template() with
        {
            Id = "",
            Title = " ",
            Unit = "",
            Lines = [.. Samples.Template().Lines, new CostLine { Id = "", Label = "", Category = (CostCategory)42 }],
        };

        // Act
        var messages = template.Validate().Select(e => e.Message).ToList();

        // Assert
        Assert.Equal(
            ["id: is empty.", "title: is empty.", "unit: is empty.", "lines[5].id: is empty.", "lines[5].label: is empty.",
             "lines[5].category: 42 is not a cost category (Staff, OtherDirect, Overheads, Capital, Finance, Margin)."],
            messages);
    }

    [Fact]
    public void Validate_NoLines_NamesLines()
    {
        // Arrange
        var template = Samples.Template() with { Lines = [] };

        // Act
        var errors = template.Validate();

        // Assert
        Assert.Equal("lines: the template has no cost lines.", Assert.Single(errors).Message);
    }
}
