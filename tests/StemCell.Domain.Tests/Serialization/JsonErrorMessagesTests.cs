using System.Text.Json;
using StemCell.Domain.Serialization;
using StemCell.Domain.Serialization.Wire;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Serialization;

public class JsonErrorMessagesTests
{
    public static TheoryData<Type> WireTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(WireMapper).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(WireMapper).Namespace && t.Name.EndsWith("Wire", StringComparison.Ordinal)))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void Describe_ValueNotConvertibleToAnyWireType_SaysWhatTheDocumentNeededWithoutDotNetNames(Type wireType)
    {
        var message = $"The JSON value could not be converted to {wireType}.";

        var described = JsonErrorMessages.Describe(new JsonException(message), message);

        Assert.StartsWith("Expected a", described, StringComparison.Ordinal);
        Assert.DoesNotContain("StemCell.", described, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ValueNotConvertibleToAVocabulary_NamesTheVocabulary()
    {
        var message = $"The JSON value could not be converted to {typeof(DeliveryRoute)}.";
        var error = new JsonException(message, new InvalidOperationException("Cannot transcode invalid UTF-8 JSON text to UTF-16 string."));

        Assert.Equal("Expected a delivery-route code, but its text is not valid UTF-8.", JsonErrorMessages.Describe(error, message));
    }

    [Fact]
    public void Describe_MissingRequiredProperties_ListsThemAll()
    {
        var message = $"JSON deserialization for type '{typeof(DoseWire)}' was missing required properties including: 'amount', 'unit'.";

        Assert.Equal(
            "The dose object is missing its required properties 'amount', 'unit'.",
            JsonErrorMessages.Describe(new JsonException(message), message));
    }

    [Fact]
    public void Describe_MessageItDoesNotKnow_IsReturnedUnchanged()
    {
        const string message = "Something System.Text.Json may say one day.";

        Assert.Same(message, JsonErrorMessages.Describe(new JsonException(message), message));
        Assert.Same(message, JsonErrorMessages.DescribeNotSupported(message));
    }

    [Fact]
    public void DescribeNotSupported_ResultWithoutKind_ListsTheKinds()
    {
        var message = $"The JSON payload for polymorphic interface or abstract type '{typeof(ResultWire)}' must specify a type discriminator.";

        Assert.Equal(
            "The result object has no 'kind'. Expected one of: proportion, scale-score, scale-change, hazard-ratio.",
            JsonErrorMessages.DescribeNotSupported(message));
    }
}
