using System.Text.Json.Nodes;
using static Steward.Ocds.Tests.Merging.MergeHarness;

namespace Steward.Ocds.Tests.Merging;

public sealed class ReleaseMergerTests
{
    private const string Jan = "2024-01-01T00:00:00Z";
    private const string Feb = "2024-02-01T00:00:00Z";
    private const string Mar = "2024-03-01T00:00:00Z";

    [Fact]
    public void Merge_LaterRelease_ReplacesScalarValues()
    {
        // Act
        var (compiled, _) = Compile(
            Release("1", Jan, """ "tender":{"title":"Old","status":"active"} """),
            Release("2", Feb, """ "tender":{"title":"New"} """));

        // Assert
        Assert.Equal("New", (string?)compiled["tender"]!["title"]);
        Assert.Equal("active", (string?)compiled["tender"]!["status"]);
    }

    [Fact]
    public void Merge_ReleasesOutOfOrder_AreMergedByDate()
    {
        // Act
        var (compiled, _) = Compile(
            Release("2", Feb, """ "tender":{"title":"February"} """),
            Release("1", Jan, """ "tender":{"title":"January"} """));

        // Assert
        Assert.Equal("February", (string?)compiled["tender"]!["title"]);
        Assert.Equal(Feb, (string?)compiled["date"]);
    }

    [Fact]
    public void Merge_DatesWithDifferentOffsets_CompareAsInstants()
    {
        // Act: 10:30+01:00 is 09:30Z, earlier than 10:00Z although it sorts later as text.
        var (compiled, _) = Compile(
            Release("1", "2024-01-01T10:30:00+01:00", """ "tender":{"title":"earlier"} """),
            Release("2", "2024-01-01T10:00:00Z", """ "tender":{"title":"later"} """));

        // Assert
        Assert.Equal("later", (string?)compiled["tender"]!["title"]);
    }

    [Fact]
    public void Merge_SameDate_LaterInputWins()
    {
        // Act
        var (compiled, _) = Compile(
            Release("1", Jan, """ "tender":{"title":"first"} """),
            Release("2", Jan, """ "tender":{"title":"second"} """));

        // Assert
        Assert.Equal("second", (string?)compiled["tender"]!["title"]);
    }

    [Fact]
    public void Merge_Null_RemovesTheField()
    {
        // Act
        var (compiled, _) = Compile(
            Release("1", Jan, """ "tender":{"title":"T","description":"D"} """),
            Release("2", Feb, """ "tender":{"description":null} """));

        // Assert
        Assert.False(compiled["tender"]!.AsObject().ContainsKey("description"));
        Assert.Equal("T", (string?)compiled["tender"]!["title"]);
    }

    [Fact]
    public void Merge_NullThenValue_BringsTheFieldBack()
    {
        // Act
        var (compiled, _) = Compile(
            Release("1", Jan, """ "tender":{"title":"T"} """),
            Release("2", Feb, """ "tender":{"title":null} """),
            Release("3", Mar, """ "tender":{"title":"Back"} """));

        // Assert
        Assert.Equal("Back", (string?)compiled["tender"]!["title"]);
    }

    [Fact]
    public void Merge_NullOnAnObject_RemovesTheWholeObject()
    {
        // Act
        var (compiled, _) = Compile(
            Release("1", Jan, """ "planning":{"budget":{"amount":{"amount":5}}, "rationale":"R"} """),
            Release("2", Feb, """ "planning":null """));

        // Assert
        Assert.False(compiled.ContainsKey("planning"));
    }

    [Fact]
    public void Merge_EmptyObject_ChangesNothing()
    {
        // Act
        var (compiled, _) = Compile(
            Release("1", Jan, """ "tender":{"title":"T"} """),
            Release("2", Feb, """ "tender":{}, "planning":{} """));

        // Assert
        Assert.Equal("T", (string?)compiled["tender"]!["title"]);
        Assert.False(compiled.ContainsKey("planning"));
    }

    [Fact]
    public void Merge_ObjectsWithIds_MergeByIdInOrderOfFirstAppearance()
    {
        // Act
        var (compiled, _) = Compile(
            Release("1", Jan, """ "awards":[{"id":"a","status":"pending","title":"A"},{"id":"b","status":"pending"}] """),
            Release("2", Feb, """ "awards":[{"id":"c","status":"active"},{"id":"a","status":"active"}] """));

        // Assert
        var awards = compiled["awards"]!.AsArray();
        Assert.Equal(["a", "b", "c"], awards.Select(a => (string?)a!["id"]));
        Assert.Equal("active", (string?)awards[0]!["status"]);
        Assert.Equal("A", (string?)awards[0]!["title"]);
        Assert.Equal("pending", (string?)awards[1]!["status"]);
    }

    [Fact]
    public void Merge_NumericAndStringIds_AreTheSameItem()
    {
        // Act
        var (compiled, _) = Compile(
            Release("1", Jan, """ "awards":[{"id":1,"status":"pending"}] """),
            Release("2", Feb, """ "awards":[{"id":"1","status":"active"}] """));

        // Assert
        var award = Assert.Single(compiled["awards"]!.AsArray());
        Assert.Equal("active", (string?)award!["status"]);
    }

    [Fact]
    public void Merge_ArrayWithAnObjectLackingId_IsReplacedWhole()
    {
        // Act
        var (compiled, _) = Compile(
            Release("1", Jan, """ "tender":{"milestones":[{"id":"m1","title":"One"},{"id":"m2"}]} """),
            Release("2", Feb, """ "tender":{"milestones":[{"title":"No id"}]} """));

        // Assert
        var milestone = Assert.Single(compiled["tender"]!["milestones"]!.AsArray());
        Assert.Equal("No id", (string?)milestone!["title"]);
    }

    [Fact]
    public void Merge_ArrayOfStrings_IsReplacedWhole()
    {
        // Act
        var (compiled, _) = Compile(
            Release("1", Jan, """ "tender":{"submissionMethod":["electronicSubmission","written"]} """),
            Release("2", Feb, """ "tender":{"submissionMethod":["inPerson"]} """));

        // Assert
        Assert.Equal(["inPerson"], compiled["tender"]!["submissionMethod"]!.AsArray().Select(x => (string?)x));
    }

    [Fact]
    public void Merge_EmptyIdentifierArray_ChangesNothing()
    {
        // Act
        var (compiled, _) = Compile(
            Release("1", Jan, """ "awards":[{"id":"a"}] """),
            Release("2", Feb, """ "awards":[] """));

        // Assert
        Assert.Single(compiled["awards"]!.AsArray());
    }

    [Fact]
    public void Merge_WholeListMergeArray_IsReplacedEvenWithIdsAndWhenEmpty()
    {
        // Act: tender/items/additionalClassifications is wholeListMerge in the 1.1.5 schema.
        var (compiled, _) = Compile(
            Release("1", Jan, """ "tender":{"items":[{"id":"i","additionalClassifications":[{"scheme":"CPV","id":"1"},{"scheme":"CPV","id":"2"}]}]} """),
            Release("2", Feb, """ "tender":{"items":[{"id":"i","additionalClassifications":[{"scheme":"CPV","id":"3"}]}]} """));
        var (emptied, _) = Compile(
            Release("1", Jan, """ "parties":[{"id":"p","roles":["buyer","payer"]}] """),
            Release("2", Feb, """ "parties":[{"id":"p","roles":[]}] """));

        // Assert
        var classifications = compiled["tender"]!["items"]![0]!["additionalClassifications"]!.AsArray();
        Assert.Equal(["3"], classifications.Select(c => (string?)c!["id"]));
        Assert.Empty(emptied["parties"]![0]!["roles"]!.AsArray());
    }

    [Fact]
    public void Merge_OmitWhenMergedFields_AreReplacedByCompiledValues()
    {
        // Act
        var (compiled, _) = Compile(
            Release("r1", Jan, """ "tender":{"id":"t1"} """),
            Release("r2", Feb));

        // Assert
        Assert.Equal(["compiled"], compiled["tag"]!.AsArray().Select(t => (string?)t));
        Assert.Equal($"ocds-a-1-{Feb}", (string?)compiled["id"]);
        Assert.Equal(Feb, (string?)compiled["date"]);
        Assert.Equal("ocds-a-1", (string?)compiled["ocid"]);
        Assert.Equal("t1", (string?)compiled["tender"]!["id"]);
        Assert.Equal(["tag", "id", "date", "ocid", "tender"], compiled.Select(p => p.Key));
    }

    [Fact]
    public void Merge_DuplicateIdsInOneRelease_MergeAndWarn()
    {
        // Act
        var (compiled, warnings) = Compile(
            Release("1", Jan, """ "awards":[{"id":"a","title":"T"},{"id":"a","status":"active"}] """));

        // Assert
        var award = Assert.Single(compiled["awards"]!.AsArray());
        Assert.Equal("T", (string?)award!["title"]);
        Assert.Equal("active", (string?)award["status"]);
        var warning = Assert.Single(warnings);
        Assert.Equal("awards", warning.Path);
        Assert.Contains("'a'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ReleaseWithoutDate_IsMergedFirstWithAWarning()
    {
        // Act
        var (compiled, warnings) = Compile(
            Release("2", Feb, """ "tender":{"title":"dated"} """),
            """{"ocid":"ocds-a-1","id":"1","tag":["planning"],"tender":{"title":"undated"}}""");

        // Assert
        Assert.Equal("dated", (string?)compiled["tender"]!["title"]);
        Assert.Contains(warnings, w => w.Path == "date");
    }

    [Fact]
    public void Merge_TypeChange_LaterValueWins()
    {
        // Act
        var (compiled, _) = Compile(
            Release("1", Jan, """ "tender":{"value":"unknown"} """),
            Release("2", Feb, """ "tender":{"value":{"amount":10,"currency":"GBP"}} """));

        // Assert
        Assert.Equal(10, (int?)compiled["tender"]!["value"]!["amount"]);
    }

    [Fact]
    public void Merge_SingleRelease_DropsNullsAndEmptyObjects()
    {
        // Act
        var (compiled, _) = Compile(Release("1", Jan, """ "tender":{"title":"T","description":null,"value":{}},"awards":[] """));

        // Assert
        Assert.Equal(JsonNode.Parse("""{"title":"T"}""")!.ToJsonString(), compiled["tender"]!.ToJsonString());
        Assert.False(compiled.ContainsKey("awards"));
    }
}
