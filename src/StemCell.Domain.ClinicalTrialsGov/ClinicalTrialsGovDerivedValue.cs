using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>A value the importer read from a record's free text, with the phrase it rests on.</summary>
/// <param name="Term">The value: a term of a vocabulary, such as <see cref="DeliveryRoute.Intrathecal"/>.</param>
/// <param name="Field">
/// Where in the record the phrase is, as a path of <see cref="ClinicalTrialsGovRecord"/>'s properties in camel case,
/// such as <c>interventions[0].description</c> or <c>arms[1].description</c>.
/// </param>
/// <param name="Phrase">The words of the field that state the value, exactly as written there.</param>
/// <remarks>Equality: equal when the term, field and phrase are equal (ordinal comparison).</remarks>
public sealed record ClinicalTrialsGovDerivedValue(IVocabularyTerm Term, string Field, string Phrase)
{
    /// <summary>Describes the value and its evidence.</summary>
    /// <returns>Text such as <c>delivery-route intrathecal: interventions[0].description "… intrathecally …"</c>.</returns>
    public override string ToString() => $"{Term.VocabularyName} {Term.Code}: {Field} \"{Phrase}\"";
}

/// <summary>Something a record's text names that the importer did not derive, and why.</summary>
/// <param name="What">What was left out, such as <c>tissue-source adipose-tissue</c> or <c>cell type of interventions[1]</c>.</param>
/// <param name="Why">Why, with the field and phrase where there is one: a negation, background prose, a conflict, a term the vocabulary lacks.</param>
/// <remarks>Equality: equal when both texts are equal (ordinal comparison).</remarks>
public sealed record ClinicalTrialsGovNotDerivedValue(string What, string Why)
{
    /// <summary>Describes what was left out and why.</summary>
    /// <returns>Text such as <c>tissue-source adipose-tissue: negated in interventions[0].description ("… not adipose tissue")</c>.</returns>
    public override string ToString() => $"{What}: {Why}";
}
