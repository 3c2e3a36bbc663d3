using Steward.Web.Bidding;

namespace Steward.Web.Tests.Bidding;

/// <summary>Deadlines and receipts in the UK's time (GMT in winter, BST in summer), in GOV.UK's words.</summary>
public sealed class UkTimeTests
{
    [Theory]
    [InlineData("2027-01-11T23:59:59Z", "11:59:59pm on Monday 11 January 2027 (UK time)")]
    [InlineData("2027-06-30T23:59:59Z", "12:59:59am on Thursday 1 July 2027 (UK time)")]
    [InlineData("2027-03-28T00:59:59Z", "12:59:59am on Sunday 28 March 2027 (UK time)")]
    [InlineData("2027-03-28T01:00:00Z", "2:00:00am on Sunday 28 March 2027 (UK time)")]
    [InlineData("2026-12-05T12:00:00Z", "12:00:00pm on Saturday 5 December 2026 (UK time)")]
    public void Words_GiveTheTimeOnTheUksClocks(string utc, string expected) =>
        Assert.Equal(expected, UkTime.Words(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Words_WithoutSeconds_AndUtcForTheRecord()
    {
        // Arrange
        var instant = new DateTimeOffset(2027, 7, 1, 8, 5, 30, TimeSpan.Zero);

        // Act / Assert
        Assert.Equal("9:05am on Thursday 1 July 2027 (UK time)", UkTime.Words(instant, seconds: false));
        Assert.Equal("2027-07-01T08:05:30Z", UkTime.Utc(instant));
    }
}
