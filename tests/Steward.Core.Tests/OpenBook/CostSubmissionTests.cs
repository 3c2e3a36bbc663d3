using System.Globalization;

namespace Steward.Core.Tests.OpenBook;

public class CostSubmissionTests
{
    [Fact]
    public void Validate_SampleSubmission_HasNoErrors()
    {
        // Arrange
        var submission = Samples.Submission();

        // Act
        var errors = submission.Validate(Samples.Template());

        // Assert
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(0, "units: must be more than 0, found 0.")]
    [InlineData(-4, "units: must be more than 0, found -4.")]
    [InlineData(1.001, "units: must have at most 2 decimal places, found 1.001.")]
    public void Validate_BadUnits_NamesFieldAndValue(double units, string expected)
    {
        // Arrange
        var submission = Samples.Submission() with { Units = (decimal)units };

        // Act
        var errors = submission.Validate(Samples.Template());

        // Assert
        Assert.Equal(expected, Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData("staff", "-0.01", "lines[0].amount: must not be negative, found -0.01 (only a Margin line may be negative, for a loss).")]
    [InlineData("staff", "10.005", "lines[0].amount: 10.005 is not a whole number of pence.")]
    [InlineData("staff", "1000000000000.01", "lines[0].amount: must be at most 1000000000000 in size, found 1000000000000.01.")]
    public void Validate_BadAmount_NamesFieldAndValue(string lineId, string amount, string expected)
    {
        // Arrange
        var submission = Samples.Submission() with { Lines = [new() { LineId = lineId, Amount = decimal.Parse(amount, CultureInfo.InvariantCulture) }, .. Samples.Submission().Lines.Skip(1)] };

        // Act
        var errors = submission.Validate(Samples.Template());

        // Assert
        Assert.Equal(expected, Assert.Single(errors).Message);
    }

    [Fact]
    public void Validate_NegativeMargin_IsAllowedAsALoss()
    {
        // Arrange
        var submission = Samples.Submission(margin: -500m);

        // Act
        var errors = submission.Validate(Samples.Template());

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_UnknownAndDuplicateLines_NameLineIdAndValue()
    {
        // Arrange
        var submission = Samples.Submission() with
        {
            Lines = [.. Samples.Submission().Lines, new() { LineId = "bonus", Amount = 1 }, new() { LineId = "staff", Amount = 1 }],
        };

        // Act
        var messages = submission.Validate(Samples.Template()).Select(e => e.Message).ToList();

        // Assert
        Assert.Equal(
            ["lines[5].lineId: \"bonus\" is not a line of template \"ch-lot-1\".", "lines[6].lineId: \"staff\" is already given at lines[0]."],
            messages);
    }

    [Fact]
    public void Validate_MissingRequiredLine_NamesTheLine()
    {
        // Arrange
        var submission = Samples.Submission() with { Lines = Samples.Submission().Lines.Where(l => l.LineId != "premises").ToList() };

        // Act
        var errors = submission.Validate(Samples.Template());

        // Assert
        var error = Assert.Single(errors);
        Assert.Equal("SUBMISSION_REQUIRED_LINE_MISSING", error.Code);
        Assert.Equal("lines: the required line \"premises\" (Premises lease) has no amount.", error.Message);
    }

    [Fact]
    public void Validate_MissingOptionalLine_IsAllowed()
    {
        // Arrange
        var submission = Samples.Submission() with { Lines = Samples.Submission().Lines.Where(l => l.LineId != "overheads").ToList() };

        // Act
        var errors = submission.Validate(Samples.Template());

        // Assert
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("2000", null)]
    [InlineData("1999.99", "declaredMargin: 1999.99 does not equal the total of the Margin lines, 2000.")]
    public void Validate_DeclaredMargin_MustMatchMarginLines(string declared, string? expected)
    {
        // Arrange
        var submission = Samples.Submission() with { DeclaredMargin = decimal.Parse(declared, CultureInfo.InvariantCulture) };

        // Act
        var errors = submission.Validate(Samples.Template());

        // Assert
        Assert.Equal(expected, errors.SingleOrDefault()?.Message);
    }

    [Fact]
    public void Validate_OtherTemplateAndEmptySupplier_NameFields()
    {
        // Arrange
        var submission = Samples.Submission() with { TemplateId = "other", SupplierId = "" };

        // Act
        var messages = submission.Validate(Samples.Template()).Select(e => e.Message).ToList();

        // Assert
        Assert.Equal(["templateId: \"other\" does not match the template \"ch-lot-1\".", "supplierId: is empty."], messages);
    }
}
