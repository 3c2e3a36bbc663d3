using Steward.Core.Analytics;
using Steward.Data.Figures;

namespace Steward.Data.Tests.Figures;

/// <summary>One read of the views handed to several calculators at once (<see cref="ViewFanOut"/>).</summary>
public sealed class ViewFanOutTests
{
    private static IEnumerable<ProcessView> Views(int count, Action<int>? read = null)
    {
        for (var i = 0; i < count; i++)
        {
            read?.Invoke(i);
            yield return new ProcessView { Ocid = $"ocds-{i:D6}" };
        }
    }

    [Fact]
    public void Run_GivesEveryConsumerEveryView_InOrder_AndReturnsWhatEachReturned()
    {
        // Act
        var (ocids, count) = ViewFanOut.Run(Views(1000),
            views => views.Select(v => v.Ocid).ToList(),
            views => views.Count());

        // Assert
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => $"ocds-{i:D6}"), ocids);
        Assert.Equal(1000, count);
    }

    [Fact]
    public void Run_WithFourConsumers_GivesEachEveryView_InOrder()
    {
        // Act: four consumers, more than the machine's cores here, each blocking on its own queue.
        var (ocids, count, last, odd) = ViewFanOut.Run(Views(5000),
            views => views.Select(v => v.Ocid).ToList(),
            views => views.Count(),
            views => views.Last().Ocid,
            views => views.Count(v => v.Ocid.EndsWith('1')));

        // Assert
        Assert.Equal(Enumerable.Range(0, 5000).Select(i => $"ocds-{i:D6}"), ocids);
        Assert.Equal(5000, count);
        Assert.Equal("ocds-004999", last);
        Assert.Equal(500, odd);
    }

    [Fact]
    public void Run_WithAConsumerThatStopsEarly_ReadsToTheEndForTheOther()
    {
        // Act: the first consumer takes one view of 10,000 (far more than the queues hold).
        var (first, count) = ViewFanOut.Run(Views(10_000), views => views.First().Ocid, views => views.Count());

        // Assert
        Assert.Equal("ocds-000000", first);
        Assert.Equal(10_000, count);
    }

    [Fact]
    public void Run_WhenAConsumerFails_ThrowsItsFailure_AndStopsTheRead()
    {
        // Arrange: a consumer that fails at its tenth view, another that would read them all.
        var read = 0;

        // Act
        var failure = Assert.Throws<InvalidDataException>(() => ViewFanOut.Run(Views(1_000_000, _ => read++),
            views => views.Select((v, i) => i < 10 ? v.Ocid : throw new InvalidDataException("the tenth view")).ToList(),
            views => views.Count()));

        // Assert: the consumer's own failure, not the others' cancellation, and the read stopped far short of the end.
        Assert.Equal("the tenth view", failure.Message);
        Assert.True(read < 100_000, $"the read went on to {read} views");
    }

    [Fact]
    public void Run_WhenTheReadFails_ThrowsItsFailure_OnceTheConsumersHaveStopped()
    {
        // Arrange
        var stopped = 0;

        // Act
        var failure = Assert.Throws<IOException>(() => ViewFanOut.Run(Views(5000, i => { if (i == 3000) { throw new IOException("the store went away"); } }),
            views =>
            {
                try
                {
                    return views.Count();
                }
                finally
                {
                    Interlocked.Increment(ref stopped);
                }
            },
            views =>
            {
                try
                {
                    return views.Count();
                }
                finally
                {
                    Interlocked.Increment(ref stopped);
                }
            }));

        // Assert
        Assert.Equal("the store went away", failure.Message);
        Assert.Equal(2, stopped);
    }
}
