using System.Text;
using Steward.Core.Analytics;
using Steward.Data.Exports;

namespace Steward.Data.Tests.Exports;

public sealed class TableExportTests
{
    [Fact]
    public void WriteCsv_Dates_AreIso8601NotMonthFirst()
    {
        // Arrange: 3 September 2026, which the invariant culture writes 09/03/2026.
        var table = new ReportTable("t", ["day", "date", "time", "instant"],
        [
            [new DateOnly(2026, 9, 3), new DateTime(2026, 9, 3, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 9, 3, 22, 31, 32, DateTimeKind.Utc),
                new DateTimeOffset(2026, 9, 3, 9, 0, 0, TimeSpan.FromHours(1))],
        ]);
        using var output = new MemoryStream();

        // Act
        TableExport.WriteCsv(table, output);

        // Assert
        var csv = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("2026-09-03,2026-09-03,2026-09-03T22:31:32Z,2026-09-03T09:00:00+01:00", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("09/03/2026", csv, StringComparison.Ordinal);
    }
}
