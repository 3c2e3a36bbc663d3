using Steward.Core.Evaluation.Conflicts;
using static Steward.Core.Tests.Evaluation.EvaluationFixture;

namespace Steward.Core.Tests.Evaluation.Conflicts;

/// <summary>Conflicts gating (evaluation-methods.md §8 T16).</summary>
public sealed class ConflictRulesTests
{
    private static readonly string[] Bidders = ["X", "Y"];

    [Fact]
    public void Access_T16_AnInterestBlocksThatBid_AndNoDeclarationBlocksEveryBid()
    {
        // Arrange
        ConflictDeclaration[] declarations =
        [
            new("E", "X", InterestKind.Financial, "Holds shares in X", "Does not read or score X's bid", Deadline),
            new("E", "Y", InterestKind.None, null, null, Deadline),
        ];

        // Act
        var eOnX = ConflictRules.Access("E", "X", Bidders, declarations);
        var eOnY = ConflictRules.Access("E", "Y", Bidders, declarations);
        var fOnY = ConflictRules.Access("F", "Y", Bidders, declarations);

        // Assert
        Assert.False(eOnX.Allowed);
        Assert.Contains("financial interest", eOnX.Reason, StringComparison.Ordinal);
        Assert.Contains("Does not read or score X's bid", eOnX.Reason, StringComparison.Ordinal);
        Assert.True(eOnY.Allowed);
        Assert.False(fOnY.Allowed);
        Assert.Contains("2 still to declare", fOnY.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AnInterestWithoutDescriptionOrMitigation_IsRefused()
    {
        // Act
        var noDescription = ConflictRules.Check(new("E", "X", InterestKind.Personal, " ", "recused", Deadline));
        var noMitigation = ConflictRules.Check(new("E", "X", InterestKind.Personal, "My sister works there", null, Deadline));
        var none = ConflictRules.Check(new("E", "X", InterestKind.None, null, null, Deadline));

        // Assert
        Assert.StartsWith("description:", noDescription?.Message, StringComparison.Ordinal);
        Assert.StartsWith("mitigation:", noMitigation?.Message, StringComparison.Ordinal);
        Assert.Null(none);
    }
}
