//! Companies named with their legal form ("Nordvik Verft AS", "AB Skarholm", "Hallam (Pvt) Ltd"):
//! a form word before or after capitalized words makes them one organization, whatever the words.
//! Company heads ("… Systems", "… Aerospace") are organization heads of the word data.

use std::ops::Range;

use super::super::lexicon::Role;
use super::finder::Finder;

impl Finder<'_, '_> {
    /// Whether token `k` is a company's legal form as written: a `company-form` word, capitalized,
    /// and in capitals when it is also a common word ("AS", not "As" or "as").
    fn is_company_form(&self, k: usize) -> bool {
        let word = self.seg.word(k);
        let tok = self.tok(k);
        self.is_word(k)
            && word.is(Role::CompanyForm)
            && tok.starts_with(char::is_uppercase)
            && (!word.is(Role::FunctionWord) || tok.chars().all(|c| c.is_ascii_uppercase()))
    }

    /// "(Pvt) Ltd" right after a name at `end`: one capitalized word in brackets and a legal form;
    /// the end of the name with them.
    fn bracketed_form_end(&self, end: usize, sentence_end: usize) -> Option<usize> {
        let fits = end + 3 < sentence_end
            && self.tok(end) == "("
            && self.is_cap(end + 1)
            && self.tok(end + 2) == ")"
            && self.is_company_form(end + 3);
        fits.then_some(end + 4)
    }

    /// A company named by the chunk `range` with its legal form first or last, or followed by a
    /// bracketed form ("Hallam (Pvt) Ltd"): recorded as an organization, its name without the
    /// form an alias. Returns whether it was.
    pub(super) fn company(&mut self, sentence_index: usize, range: Range<usize>) -> bool {
        let sentence_end = self.seg.sentences[sentence_index].tokens.end;
        let bracketed = self.bracketed_form_end(range.end, sentence_end);
        let formed = range.len() >= 2
            && (self.is_company_form(range.start) || self.is_company_form(range.end - 1))
            && !(range.clone()).all(|k| self.is_company_form(k));
        if !formed && bracketed.is_none() {
            return false;
        }
        self.push_organization(sentence_index, range.start..bracketed.unwrap_or(range.end));
        // The name without its form is how the text names the company again ("Skarholm").
        let core: Vec<&str> = (range).filter(|&k| !self.is_company_form(k)).map(|k| self.tok(k)).collect();
        if let Some(mention) = self.mentions.last_mut() {
            mention.aliases.push(core.join(" "));
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{found, kinds_and_names};
    use crate::model::EntityKind;

    #[test]
    fn a_legal_form_before_or_after_a_name_makes_a_company() {
        let f = found(
            "Nordvik Verft AS and AB Skarholm won the contract. Rations made available by Hallam (Pvt) \
             Ltd came. As Skarholm said, it was late.",
        );
        // "As Skarholm said": "As" opens the sentence; "Skarholm" is the company named again.
        let names: Vec<(EntityKind, &str, &str)> =
            f.iter().map(|(k, n, s)| (*k, n.as_str(), s.as_str())).collect();
        assert_eq!(
            names,
            [
                (EntityKind::Organization, "Nordvik Verft AS", "Nordvik Verft AS"),
                (EntityKind::Organization, "AB Skarholm", "AB Skarholm"),
                (EntityKind::Organization, "Hallam (Pvt) Ltd", "Hallam (Pvt) Ltd"),
                (EntityKind::Organization, "AB Skarholm", "Skarholm")
            ]
        );
    }

    #[test]
    fn malaysian_and_indian_legal_forms_make_companies() {
        let f =
            found("The navy signed with Kestrel Marine Sdn Bhd and Harwell Vehicle Nigam Limited on Monday.");
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [
                (EntityKind::Organization, "Kestrel Marine Sdn Bhd"),
                (EntityKind::Organization, "Harwell Vehicle Nigam Limited")
            ]
        );
    }

    #[test]
    fn a_company_head_ends_a_companys_name() {
        let f = found("The navy bought radars from Kestrel Systems and engines from Harwell Aerospace.");
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [(EntityKind::Organization, "Kestrel Systems"), (EntityKind::Organization, "Harwell Aerospace")]
        );
    }
}
