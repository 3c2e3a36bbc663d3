using System.Text;
using System.Text.Json;
using Steward.Core.Suppliers;

namespace Steward.Core.Tests.Suppliers;

public class ClassificationJsonTests
{
    private static readonly string[] Verdicts = ["true", "false", "unknown"];

    private static JsonElement Written(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray())).RootElement.Clone();
    }

    private static void AssertReasons(JsonElement reasons)
    {
        Assert.Equal(JsonValueKind.Array, reasons.ValueKind);
        Assert.NotEqual(0, reasons.GetArrayLength());
        foreach (var reason in reasons.EnumerateArray())
        {
            Assert.Equal(["test", "outcome", "text", "reference", "fields", "figures"], reason.EnumerateObject().Select(p => p.Name));
            Assert.Contains(reason.GetProperty("outcome").GetString(), Verdicts);
            Assert.False(string.IsNullOrEmpty(reason.GetProperty("test").GetString()));
            Assert.False(string.IsNullOrEmpty(reason.GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(reason.GetProperty("reference").GetString()));
            Assert.All(reason.GetProperty("fields").EnumerateArray(), f => Assert.Equal(JsonValueKind.String, f.ValueKind));
            Assert.All(reason.GetProperty("figures").EnumerateObject(), f => Assert.Contains(f.Value.ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null }));
        }
    }

    [Theory]
    [InlineData("joinery")]
    [InlineData("charity")]
    [InlineData("mutual")]
    [InlineData("empty")]
    public void Write_Classification_HasExactlyTheFiveKeysEachWithResultAndReasons(string sample)
    {
        // Arrange
        var profile = sample switch
        {
            "joinery" => SupplierSamples.Joinery(),
            "charity" => SupplierSamples.Charity(),
            "mutual" => SupplierSamples.Mutual(),
            _ => new SupplierProfile(),
        };
        var classification = SupplierClassifier.Classify(profile);

        // Act
        var json = Written(w => ClassificationJson.Write(w, classification));

        // Assert
        Assert.Equal(["sme", "vcse", "socialEnterprise", "supportedEmploymentProvider", "publicServiceMutual"], json.EnumerateObject().Select(p => p.Name));
        foreach (var (key, value) in classification.All)
        {
            var written = json.GetProperty(key);
            Assert.Equal(["result", "reasons"], written.EnumerateObject().Select(p => p.Name));
            Assert.Equal(value.Result.Code(), written.GetProperty("result").GetString());
            Assert.Contains(written.GetProperty("result").GetString(), Verdicts);
            AssertReasons(written.GetProperty("reasons"));
            Assert.Equal(value.Reasons.Count, written.GetProperty("reasons").GetArrayLength());
        }
    }

    [Fact]
    public void Write_Joinery_WritesResultsFiguresAndFields()
    {
        // Arrange
        var classification = SupplierClassifier.Classify(SupplierSamples.Joinery());

        // Act
        var json = Written(w => ClassificationJson.Write(w, classification));

        // Assert
        Assert.Equal("true", json.GetProperty("sme").GetProperty("result").GetString());
        Assert.Equal("false", json.GetProperty("vcse").GetProperty("result").GetString());
        var staff = json.GetProperty("sme").GetProperty("reasons")[0];
        Assert.Equal(("staff", "true", SmeTest.Reference), (staff.GetProperty("test").GetString(), staff.GetProperty("outcome").GetString(), staff.GetProperty("reference").GetString()));
        Assert.Equal(42m, staff.GetProperty("figures").GetProperty("staff").GetDecimal());
        Assert.Equal(250m, staff.GetProperty("figures").GetProperty("limit").GetDecimal());
        Assert.Equal("employees", staff.GetProperty("fields")[0].GetString());
    }

    [Fact]
    public void Write_MissingFigure_WritesNull()
    {
        // Arrange
        var classification = SupplierClassifier.Classify(new SupplierProfile());

        // Act
        var json = Written(w => ClassificationJson.Write(w, classification));

        // Assert
        var staff = json.GetProperty("sme").GetProperty("reasons")[0];
        Assert.Equal("unknown", staff.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, staff.GetProperty("figures").GetProperty("staff").ValueKind);
    }

    [Fact]
    public void Write_Decision_WritesLotBidderAndComparableContracts()
    {
        // Arrange
        var lot = SupplierSamples.S33Lot();
        var earlier = SupplierSamples.Award(new DateOnly(2024, 9, 1));
        var decision = ReservedLotEligibility.Decide(lot, [SupplierSamples.Mutual()], [earlier]);

        // Act
        var json = Written(w => ClassificationJson.Write(w, decision, lot));

        // Assert
        Assert.Equal(["result", "reservation", "reference", "lot", "bidder", "comparableContracts"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("false", "s33", "PA 2023 s.33"), (json.GetProperty("result").GetString(), json.GetProperty("reservation").GetString(), json.GetProperty("reference").GetString()));
        AssertReasons(json.GetProperty("lot"));
        AssertReasons(json.GetProperty("bidder"));
        var contract = Assert.Single(json.GetProperty("comparableContracts").EnumerateArray());
        Assert.Equal(("ocds-h6vhtk-099999", "2024-09-01", "Community nursing"), (contract.GetProperty("ocid").GetString(), contract.GetProperty("date").GetString(), contract.GetProperty("title").GetString()));
    }

    [Fact]
    public void Text_Classification_OneLinePerClassificationAndTest()
    {
        // Arrange
        var classification = SupplierClassifier.Classify(SupplierSamples.Joinery());

        // Act
        var text = ClassificationJson.Text(classification);

        // Assert
        var lines = text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("sme: true", lines[0]);
        Assert.StartsWith("  [pass] staff: 42 staff (employees) is fewer than 250", lines[1], StringComparison.Ordinal);
        Assert.Equal(5 + classification.All.Sum(c => c.Classification.Reasons.Count), lines.Length);
    }
}
