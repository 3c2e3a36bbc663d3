using Steward.Core.Audit;

namespace Steward.Core.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 9, 30, 0, TimeSpan.Zero);

    private static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        for (var i = 0; i < count; i++)
        {
            entries.Add(AuditChain.Next(entries.LastOrDefault(), new AuditChange("account:a1", "membership.added", $"organisation:o{i}", $$"""{"role":"evaluator","n":{{i}}}"""), Start.AddMinutes(i)));
        }

        return entries;
    }

    [Fact]
    public void Verify_UntouchedChain_IsWholeWithTheLastHashAsHead()
    {
        // Arrange
        var entries = Chain(5);

        // Act
        var result = AuditChain.Verify(entries);

        // Assert
        Assert.True(result.IsWhole);
        Assert.Equal(5, result.GoodEntries);
        Assert.Equal(entries[^1].Hash, result.Head);
        Assert.Equal(AuditChain.Genesis, entries[0].PreviousHash);
    }

    [Fact]
    public void Verify_EmptyTrail_IsWholeAtGenesis()
    {
        // Act
        var result = AuditChain.Verify([]);

        // Assert
        Assert.True(result.IsWhole);
        Assert.Equal(AuditChain.Genesis, result.Head);
    }

    [Theory]
    [InlineData("actor")]
    [InlineData("action")]
    [InlineData("subject")]
    [InlineData("details")]
    [InlineData("at")]
    public void Verify_OneFieldEdited_NamesThatEntry(string field)
    {
        // Arrange
        var entries = Chain(5);
        var e = entries[2];
        entries[2] = field switch
        {
            "actor" => e with { Actor = "account:someone-else" },
            "action" => e with { Action = "membership.removed" },
            "subject" => e with { Subject = "organisation:other" },
            "details" => e with { Details = """{"role":"admin","n":2}""" },
            _ => e with { At = e.At.AddSeconds(1) },
        };

        // Act
        var result = AuditChain.Verify(entries);

        // Assert
        Assert.False(result.IsWhole);
        Assert.Equal(3, result.FirstBroken);
        Assert.Contains("entry 3 was changed", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EditedAndRehashedEntry_IsCaughtByTheNextOne()
    {
        // Arrange: the attacker fixes the edited entry's own hash, but not the chain after it.
        var entries = Chain(5);
        var edited = entries[1] with { Details = "{}" };
        entries[1] = edited with { Hash = AuditChain.HashOf(edited) };

        // Act
        var result = AuditChain.Verify(entries);

        // Assert
        Assert.Equal(3, result.FirstBroken);
        Assert.Contains("does not follow entry 2", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EntryRemoved_NamesTheMissingSequence()
    {
        // Arrange
        var entries = Chain(5);
        entries.RemoveAt(3);

        // Act
        var result = AuditChain.Verify(entries);

        // Assert
        Assert.Equal(4, result.FirstBroken);
        Assert.Contains("entry 4 is missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TwoEntriesSwapped_NamesTheFirstOutOfPlace()
    {
        // Arrange: sequence numbers swapped too, so that the store's order follows them.
        var entries = Chain(5);
        var (second, third) = (entries[1], entries[2]);
        entries[1] = third with { Sequence = 2 };
        entries[2] = second with { Sequence = 3 };

        // Act
        var result = AuditChain.Verify(entries);

        // Assert
        Assert.False(result.IsWhole);
        Assert.Equal(2, result.FirstBroken);
    }

    [Fact]
    public void Verify_EntriesOutOfOrder_SaysSo()
    {
        // Arrange
        var entries = Chain(4);
        (entries[1], entries[2]) = (entries[2], entries[1]);

        // Act
        var result = AuditChain.Verify(entries);

        // Assert
        Assert.Equal(2, result.FirstBroken);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_PinnedHeadCutOff_IsBroken()
    {
        // Arrange: the last two entries were removed after somebody pinned the head.
        var entries = Chain(5);
        var pinned = entries[^1].Hash;

        // Act
        var whole = AuditChain.Verify(entries, pinned);
        var cut = AuditChain.Verify(entries.Take(3), pinned);

        // Assert
        Assert.True(whole.IsWhole);
        Assert.False(cut.IsWhole);
        Assert.Equal(4, cut.FirstBroken);
        Assert.Contains("pinned head", cut.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void HashOf_FieldBoundariesMoved_DiffersSoNoTwoEntriesShareAnInput()
    {
        // Arrange: "ab"+"c" and "a"+"bc" must not hash alike.
        var one = AuditChain.Next(null, new AuditChange("ab", "c", "x"), Start);
        var two = AuditChain.Next(null, new AuditChange("a", "bc", "x"), Start);

        // Assert
        Assert.NotEqual(one.Hash, two.Hash);
        Assert.Equal(64, one.Hash.Length);
    }

    [Fact]
    public void Normalise_SubMicrosecondTicks_AreDroppedSoBothEnginesHashAlike()
    {
        // Arrange
        var at = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1)).AddTicks(12_345_677);

        // Act
        var normal = AuditChain.Normalise(at);

        // Assert
        Assert.Equal(TimeSpan.Zero, normal.Offset);
        Assert.Equal(0, normal.Ticks % 10);
        Assert.Equal(at.UtcDateTime.AddTicks(-7), normal.UtcDateTime);
    }
}
