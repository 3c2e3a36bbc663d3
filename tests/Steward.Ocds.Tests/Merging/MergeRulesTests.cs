using System.Text.Json;
using Steward.Ocds.Merging;
using Steward.Testing;

namespace Steward.Ocds.Tests.Merging;

public sealed class MergeRulesTests
{
    [Fact]
    public void FromReleaseSchema_Ocds115_MatchesTheBuiltInRules()
    {
        // Arrange
        using var schema = JsonDocument.Parse(File.ReadAllBytes(SharedData.Require("schema/ocds-1.1.5/release-schema.json")));

        // Act
        var rules = SchemaMergeRules.FromReleaseSchema(schema.RootElement);

        // Assert
        Assert.Equal(MergeRules.Ocds11.Omitted.Order(), rules.Omitted.Order());
        Assert.Equal(MergeRules.Ocds11.WholeList.Order(), rules.WholeList.Order());
    }

    [Fact]
    public void FromReleaseSchema_RefsAndItemsWithoutIds_AreFollowed()
    {
        // Arrange
        using var schema = JsonDocument.Parse("""
            {"properties":{
               "id":{"type":"string","omitWhenMerged":true},
               "things":{"type":"array","items":{"$ref":"#/definitions/Thing"}},
               "notes":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"}}}},
               "codes":{"type":"array","items":{"type":"string"}}},
             "definitions":{"Thing":{"type":"object","properties":{
               "id":{"type":"string"},
               "parts":{"type":"array","wholeListMerge":true,"items":{"$ref":"#/definitions/Thing"}}}}}}
            """);

        // Act
        var rules = SchemaMergeRules.FromReleaseSchema(schema.RootElement);

        // Assert
        Assert.Equal(["id"], rules.Omitted);
        Assert.Equal(["codes", "notes", "things/parts"], rules.WholeList.Order());
    }
}
