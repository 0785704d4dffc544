using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Hands out the one <see cref="VocabularyJsonConverter"/> for every vocabulary type, for options configured with
/// <see cref="StemCellJsonSerializerOptionsExtensions.ConfigureForStemCellDomain"/>; the library's own type infos of
/// the vocabularies (<c>VocabularyTypeInfos</c>, generated from the definitions) use the same converter.
/// </summary>
/// <remarks>
/// The vocabulary types carry no <c>[JsonConverter]</c> attribute, so the vocabulary does not depend on its
/// serialization. A caller's own source-generated context that names a vocabulary type therefore describes it as an
/// object as well; with these options its values are still read and written as codes, since converters in the options
/// come first.
/// </remarks>
internal sealed class VocabularyJsonConverterFactory : JsonConverterFactory
{
    internal static VocabularyJsonConverterFactory Instance { get; } = new();

    public override bool CanConvert(Type typeToConvert) => VocabularyJsonConverter.Instance.CanConvert(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        CanConvert(typeToConvert) ? VocabularyJsonConverter.Instance : null;
}
