using Steward.Data.Analytics;

namespace Steward.Data.Tests.Analytics;

public sealed class ColumnsTests
{
    [Theory]
    [InlineData("2026-01-31 23:59:58", "2026-01-31T23:59:58.0000000Z")]
    [InlineData("2026-02-28 09:00:00.5", "2026-02-28T09:00:00.5000000Z")]
    [InlineData("2024-02-29 12:00:00.1234567", "2024-02-29T12:00:00.1234567Z")]
    public void StoredDate_StoreShape_IsReadAsUtc(string text, string expected)
    {
        var date = Columns.StoredDate(text);

        Assert.Equal(DateTimeKind.Utc, date!.Value.Kind);
        Assert.Equal(expected, date.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2026-02-30 00:00:00")]
    [InlineData("2026-13-01 00:00:00")]
    [InlineData("2026-01-01T00:00:00Z")]
    [InlineData("2026-01-01 24:00:00")]
    [InlineData("2026-01-01 0a:00:00")]
    [InlineData("2026-01-01 00:00:00.")]
    [InlineData("2026-01-01")]
    public void StoredDate_OtherShapes_AreLeftToTheProvider(string text) => Assert.Null(Columns.StoredDate(text));
}
