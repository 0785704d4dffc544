using System.Text.Json;

namespace StemCell.Domain.Serialization;

/// <summary>Adds StemCell.Domain's JSON support to a caller's own <see cref="JsonSerializerOptions"/>.</summary>
public static class StemCellJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Configures options for StemCell.Domain: adds the converters for the model types, vocabulary terms, partial dates
    /// and NodaTime values, so every model type and vocabulary is read and written by the dataset document's rules, and,
    /// where the options have a type info resolver chain (or reflection is off), puts the library's own resolver first
    /// in it, so the library's types need no reflection. Options with an empty chain (fresh options where reflection is
    /// enabled) keep System.Text.Json's reflection-based default, which honours the same converters, so the caller's own
    /// types keep working.
    /// </summary>
    /// <remarks>
    /// The library's types are read strictly whatever these options say: an unknown property, a duplicate property or
    /// <c>null</c> for a list inside a model object is rejected with a <see cref="StemCellJsonException"/> listing each
    /// problem with its path, even where <see cref="JsonSerializerOptions.UnmappedMemberHandling"/> skips unknown
    /// properties of the caller's own types (its default). To skip unknown properties of a newer minor format version,
    /// read the document with <see cref="StemCellJson"/> and <see cref="StemCellJsonReaderOptions.Lenient"/>.
    /// </remarks>
    /// <param name="options">The options to configure, for example those of ASP.NET Core's <c>ConfigureHttpJsonOptions</c>.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only because they have already been used.</exception>
    public static JsonSerializerOptions ConfigureForStemCellDomain(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(ModelJsonConverters.Instance);
        options.Converters.Add(StemCellJsonConverters.VocabularyConverterFactory);
        options.Converters.Add(StemCellJsonConverters.PartialDateConverter);
        options.Converters.Add(StemCellJsonConverters.PeriodConverter);
        options.Converters.Add(StemCellJsonConverters.LocalDateConverter);
        options.Converters.Add(StemCellJsonConverters.YearMonthConverter);
        // Fresh options have an empty chain and fall back to reflection for every type, which already handles ours
        // (through the converters added above); putting our resolvers in that empty chain would make them the only
        // resolvers and break the caller's own types. Where reflection is off, a chain is the only way.
        if (options.TypeInfoResolverChain.Count > 0 || !JsonSerializer.IsReflectionEnabledByDefault)
        {
            options.TypeInfoResolverChain.Insert(0, ModelJsonConverters.Instance);
        }

        return options;
    }
}
