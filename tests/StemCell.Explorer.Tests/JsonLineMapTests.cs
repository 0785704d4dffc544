using System.Text;
using StemCell.Explorer.Validation;

namespace StemCell.Explorer.Tests;

public class JsonLineMapTests
{
    private const string Document = """
        {
          "formatVersion": "1.0",
          "sources": [],
          "studies": [
            {
              "id": "a",
              "courses": [
                "x",
                "y"
              ],
              "odd name": { "inner": 1 }
            }
          ]
        }
        """;

    private static JsonLineMap Map => JsonLineMap.TryCreate(Encoding.UTF8.GetBytes(Document))!;

    [Theory]
    [InlineData("$.formatVersion", 2)]
    [InlineData("$.sources", 3)]
    [InlineData("$.studies", 4)]
    [InlineData("$.studies[0]", 5)]
    [InlineData("$.studies[0].id", 6)]
    [InlineData("$.studies[0].courses[1]", 9)]
    [InlineData("$.studies[0]['odd name']", 11)]
    [InlineData("$.studies[0]['odd name'].inner", 11)]
    public void LineOf_APathInTheDocument_IsTheLineItStartsOn(string path, int line)
    {
        Assert.Equal(line, Map.LineOf(path));
    }

    [Theory]
    [InlineData("$.studies[0].title", 5)]
    [InlineData("$.studies[0].courses[7]", 7)]
    [InlineData("$.studies[3].id", 4)]
    public void LineOf_AMissingPath_IsTheLineOfItsNearestEnclosingValue(string path, int line)
    {
        Assert.Equal(line, Map.LineOf(path));
    }

    [Theory]
    [InlineData("$")]
    [InlineData("$.nothing")]
    [InlineData("studies[0]")]
    [InlineData("")]
    public void LineOf_TheRootOrNoPath_IsUnknown(string path)
    {
        Assert.Null(Map.LineOf(path));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"a\": }")]
    [InlineData("")]
    public void TryCreate_MalformedJson_ReturnsNull(string json)
    {
        Assert.Null(JsonLineMap.TryCreate(Encoding.UTF8.GetBytes(json)));
    }
}
