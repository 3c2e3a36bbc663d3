using Steward.Core.Evaluation.Bids;

namespace Steward.Core.Tests.Evaluation.Bids;

/// <summary>BID.json read with every problem named, written canonically, fingerprinted for the receipt.</summary>
public sealed class BidContentJsonTests
{
    private const string Json = """
        {"lot":"1","price":120000.50,"responses":{"b":{"text":"Second"},"a":{"text":"First","files":["plan.pdf"]}},
         "commitments":[{"measure":"local-hires","quantity":3,"unit":"people"}],
         "declarations":{"conditionsOfParticipation":true,"noExclusionGrounds":true,"independentTender":true},
         "costs":{"units":52,"lines":[{"lineId":"staff","amount":100000},{"lineId":"margin","amount":20000.50}]}}
        """;

    [Fact]
    public void Read_ThenWrite_IsCanonical_AndReadsBackTheSame()
    {
        // Act
        var (bid, errors) = BidContentJson.Read(Json);
        var written = BidContentJson.Write(bid!);
        var (again, _) = BidContentJson.Read(written);

        // Assert
        Assert.Empty(errors);
        Assert.StartsWith("""{"lot":"1","price":120000.50,"responses":{"a":""", written, StringComparison.Ordinal);
        Assert.Equal(written, BidContentJson.Write(again!));
        Assert.Equal(20000.50m, again!.Costs["margin"]);
    }

    [Theory]
    [InlineData("""{"lot":"1","price":"cheap"}""", "price: expected a number, found \"cheap\"")]
    [InlineData("""{"lot":"1","price":-5}""", "price: -5 is below the smallest allowed value, 0")]
    [InlineData("""{"price":5}""", "lot: missing; it is required")]
    [InlineData("""{"lot":"1","price":5,"bribe":true}""", "bribe: unknown property")]
    [InlineData("""{"lot":"1","price":5,"commitments":[{"measure":"m","quantity":"ten","unit":"people"}]}""", "commitments[0].quantity: expected a number")]
    [InlineData("""{"lot":"1","price":5,"responses":{"q":"just text"}}""", "responses.q: expected an object")]
    [InlineData("""{"lot":"1", "price":""", "not valid JSON: line 1")]
    public void Read_BadInput_NamesTheField(string json, string expected)
    {
        // Act
        var (bid, errors) = BidContentJson.Read(json);

        // Assert
        Assert.Null(bid);
        Assert.Contains(errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Fingerprint_IsStable_AndChangesWithAnyContentOrFile()
    {
        // Arrange
        var bid = BidContentJson.Read(Json).Bid!;
        byte[] file = [1, 2, 3];

        // Act
        var first = BidFingerprint.Of(bid, [("plan.pdf", file)]);
        var same = BidFingerprint.Of(BidContentJson.Read(BidContentJson.Write(bid)).Bid!, [("plan.pdf", [1, 2, 3])]);
        var otherPrice = BidFingerprint.Of(bid with { Price = 120000.51m }, [("plan.pdf", file)]);
        var otherFile = BidFingerprint.Of(bid, [("plan.pdf", [1, 2, 4])]);

        // Assert
        Assert.StartsWith("sha256:", first, StringComparison.Ordinal);
        Assert.Equal(first, same);
        Assert.NotEqual(first, otherPrice);
        Assert.NotEqual(first, otherFile);
    }
}
