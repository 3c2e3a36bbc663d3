using Steward.Core.Evaluation.Bids;

namespace Steward.Core.Tests.Evaluation.Bids;

/// <summary>The tender box's deadline, states and lateness (evaluation-methods.md §8 T15).</summary>
public sealed class TenderBoxTests
{
    private static readonly DateTimeOffset Deadline = TenderBox.Deadline(new DateOnly(2027, 1, 11));

    [Fact]
    public void Deadline_IsTheLastSecondOfThePublishedEndDay_Utc() =>
        Assert.Equal(new DateTimeOffset(2027, 1, 11, 23, 59, 59, TimeSpan.Zero), Deadline);

    [Fact]
    public void State_T15_SealedUntilTheDeadline_ClosedAfter_OpenedOnlyByAnAct()
    {
        // Act
        var before = TenderBox.State(Deadline, null, Deadline);
        var after = TenderBox.State(Deadline, null, Deadline.AddSeconds(1));
        var opened = TenderBox.State(Deadline, Deadline.AddHours(2), Deadline.AddHours(3));

        // Assert
        Assert.Equal((BoxState.Receiving, BoxState.Closed, BoxState.Opened), (before, after, opened));
    }

    [Fact]
    public void IsLate_T15_ABidASecondAfterTheDeadline_IsLate()
    {
        // Act & Assert
        Assert.False(TenderBox.IsLate(Deadline, Deadline));
        Assert.True(TenderBox.IsLate(Deadline.AddSeconds(1), Deadline));
    }
}
