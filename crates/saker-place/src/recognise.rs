//! Toponym recognition: longest match over case-folded words with precision guards (capitalisation,
//! datelines, stop-list, larger-name check, cue words, population floor, person names).

use super::*;

impl Geocoder {
    /// Recognition over the whole text: hits, the country context (demonyms, unambiguous countries) and the
    /// home country read from the article's wording.
    pub(crate) fn recognise(
        &self,
        text: &str,
        sentences: &[Sentence],
    ) -> (Vec<Hit>, HashMap<&'static str, f64>, Option<&'static str>) {
        let mut hits = Vec::new();
        let mut context: HashMap<&'static str, f64> = HashMap::default();
        let mut persons = HashSet::default();
        let mut deferred = Vec::new();
        let mut cues = home::HomeCues::new();
        for (si, s) in sentences.iter().enumerate() {
            let words = words_of(text, s);
            for w in &words {
                cues.word(
                    w.text,
                    &w.lower,
                    text.get(w.span.end..).is_some_and(|r| r.starts_with('.')),
                );
            }
            self.person_parts(&words, &mut persons);
            self.recognise_sentence(text, si, &words, &mut hits, &mut deferred, &mut context);
        }
        // One sense per document: a name the article uses as a place elsewhere is a place also as the modifier of
        // a larger name ("the Dublin City Manager", "Dublin Historical Society").
        if !deferred.is_empty() {
            let before = hits.len();
            for d in deferred {
                if hits[..before].iter().any(|h| h.key == d.key && !h.street) {
                    hits.push(d);
                }
            }
            if hits.len() > before {
                hits.sort_by_key(|h| h.span.start);
            }
        }
        self.link_addresses(text, &mut hits);
        let home = cues.country(text);
        if let Some(c) = home {
            *context.entry(c).or_insert(0.0) += HOME_WEIGHT;
        }
        if !persons.is_empty() {
            hits.retain(|h| {
                !(h.first == h.last
                    && !h.cue
                    && !h.dateline
                    && persons.contains(&h.key)
                    && !major_polity(&h.cands[0]))
            });
        }
        (hits, context, home)
    }

    /// Words that end a run of two or more capitalised words that is not itself a place ("Tom Jones"): a
    /// later lone "Jones" is then taken for the person.
    pub(crate) fn person_parts(&self, words: &[Word<'_>], out: &mut HashSet<String>) {
        let first_word = words.iter().position(|w| !w.punct).unwrap_or(0);
        let mut i = 0;
        while i < words.len() {
            let start = i;
            while i < words.len()
                && words[i].cap
                && words[i].alpha
                && !words[i].allcaps
                && !compound_adjective(words[i].text)
            {
                i += 1;
            }
            let mut s = start;
            // Skip a sentence-initial function word ("The", "In").
            if s == first_word
                && s < i
                && self.stop.contains(&words[s].lower)
                && !self.given.contains(&words[s].lower)
            {
                s += 1;
            }
            if i >= s + 2 {
                let last = &words[i - 1];
                let firstw = &words[s];
                let key = {
                    let mut k = String::new();
                    for w in &words[s..i] {
                        norm::push_key(w.text, &mut k);
                        k.push(' ');
                    }
                    let mut k = k.trim_end().to_owned();
                    norm::canonical_words(&mut k);
                    k
                };
                if !self.gaz.contains(&key)
                    && !self.lists.pre_ok.contains(&firstw.lower.as_str())
                    && !self.lists.post_ok.contains(&last.lower.as_str())
                    && !self.lists.type_nouns.contains(&last.lower.as_str())
                    && !self.stop.contains(&last.lower)
                {
                    // "Martin's": the person is "Martin".
                    let core = last
                        .text
                        .get(..last.core.end.saturating_sub(last.span.start))
                        .unwrap_or(last.text);
                    out.insert(norm::key(core));
                }
            }
            i = i.max(start + 1);
        }
    }

    pub(crate) fn recognise_sentence(
        &self,
        text: &str,
        si: usize,
        words: &[Word<'_>],
        hits: &mut Vec<Hit>,
        deferred: &mut Vec<Hit>,
        context: &mut HashMap<&'static str, f64>,
    ) {
        let n_alpha = words.iter().filter(|w| w.alpha).count();
        let n_caps = words.iter().filter(|w| w.alpha && w.allcaps).count();
        let headline = n_alpha >= 3 && n_caps * 10 >= n_alpha * 6;
        let first_word = words.iter().position(|w| !w.punct).unwrap_or(0);
        let mut key = String::with_capacity(64);
        let mut i = 0;
        while i < words.len() {
            let w = &words[i];
            let demonym = self.demonyms.get(&w.lower).copied();
            if !self.can_start(w, words.get(i + 1)) {
                i += 1;
                continue;
            }
            // Longest match.
            let mut best: Option<(usize, String, usize)> = None;
            key.clear();
            let mut j = i;
            while j < words.len() && j < i + MAX_WORDS {
                let wj = &words[j];
                if j > i {
                    let glued = words[j - 1].span.end == wj.span.start;
                    if wj.punct && !(glued && matches!(wj.text, "-" | "'" | "’" | ".")) {
                        break;
                    }
                    if words[j - 1].core != words[j - 1].span {
                        break; // a possessive ends a name
                    }
                }
                let start = words[i].span.start;
                key.clear();
                norm::push_key(text.get(start..wj.core.end).unwrap_or(""), &mut key);
                norm::canonical_words(&mut key);
                if key.is_empty() {
                    j += 1;
                    continue;
                }
                let mut stripped = String::new();
                let (found, longer) = self.gaz.probe(&key);
                let key_ok = found.is_some();
                let last_ok = wj.cap
                    || wj.arabic
                    || wj.text.chars().next().is_some_and(|c| c.is_numeric())
                    || (j > i && self.lists.type_nouns.contains(&wj.lower.as_str()));
                if let (Some(ki), true) = (found, !wj.punct && last_ok) {
                    best = Some((j, key.clone(), ki));
                } else if !key_ok {
                    if let Some((a, rest)) = key.split_once(' ') {
                        if matches!(a, "al" | "el") && wj.cap {
                            stripped = rest.to_owned();
                        }
                    }
                    if !stripped.is_empty() {
                        if let Some(ki) = self.gaz.find_key(&stripped) {
                            best = Some((j, stripped.clone(), ki));
                        }
                    }
                }
                if !longer && (stripped.is_empty() || !self.gaz.has_longer(&stripped)) {
                    break;
                }
                j += 1;
            }
            if let Some(c) = demonym {
                // "the Iraqi capital": the capital city of that country.
                if let (Some(nx), Some(cap)) = (words.get(i + 1), self.gaz.capital(c)) {
                    if nx.lower == "capital" && nx.span.start > w.span.end {
                        *context.entry(c).or_insert(0.0) += 1.0;
                        hits.push(Hit {
                            sentence: si,
                            first: i,
                            last: i + 1,
                            span: Span::new(w.span.start, nx.span.end),
                            key: norm::key(cap.name),
                            cands: vec![cap],
                            alts: vec![false],
                            cue: true,
                            dateline: false,
                            metonymic: false,
                            local: false,
                            qualifier: None,
                            street: false,
                            within: None,
                        });
                        i += 2;
                        continue;
                    }
                }
                // "Iraqi" is not a place, but "Saudi Arabia" is.
                if best.as_ref().is_none_or(|b| b.0 == i) {
                    *context.entry(c).or_insert(0.0) += 1.0;
                    i += 1;
                    continue;
                }
            }
            let Some((last, k, ki)) = best else {
                i += 1;
                continue;
            };
            if last == i && self.stop.contains(&k) {
                i += 1;
                continue;
            }
            let Some((shape, cands, alts)) = self.candidates_at(ki) else {
                i += 1;
                continue;
            };
            if cands.is_empty() {
                i += 1;
                continue;
            }
            let span = Span::new(words[i].span.start, words[last].core.end);
            let surface = span.slice(text);
            let single = last == i;
            let rest = text.get(span.end..).unwrap_or("");
            let after = rest.chars().next();
            // Shape of the text against the key.
            let all_upper = surface
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
            let ok_shape = match shape {
                Shape::Acronym => all_upper,
                Shape::Abbreviation => surface.contains('.') || after == Some('.'),
                Shape::Name => true,
            };
            let before = text.get(..span.start).unwrap_or("");
            let line_start = before.rfind('\n').map_or(0, |p| p + 1);
            let at_line_start = before.get(line_start..).unwrap_or("").trim().is_empty();
            let rest_trim = rest.trim_start_matches([' ', '\t']);
            let dateline = (at_line_start || i == first_word)
                && letters >= 3
                && ((all_upper
                    && (rest_trim.starts_with(['–', '—', '-', ',', ':', '('])
                        || rest_trim.starts_with("--")))
                    // "Albany — An Albany man …": a title-case dateline needs a dash.
                    || (words[i].cap
                        && (rest_trim.starts_with(['–', '—']) || rest_trim.starts_with("--"))));
            let top = &cands[0];
            let mut ok = ok_shape;
            if ok && shape == Shape::Name && all_upper && letters >= 2 {
                ok = dateline || headline || top.feature == "country";
            }
            let next = words.get(last + 1);
            let prev = i.checked_sub(1).map(|p| &words[p]);
            // "Iraq's Mosul", "Syria's Aleppo": the possessive of a country or first-level division names the
            // area the place lies in; it cues the place and is no part of a larger name.
            let in_area = prev.is_some_and(|pv| {
                pv.core != pv.span
                    && pv.cap
                    && pv.span.end == span.start.saturating_sub(1)
                    && matches!(
                        self.gaz.top_feature(&norm::key(pv.core.slice(text))),
                        Some("country" | "admin1")
                    )
            });
            // Cue words before the name.
            let cue = dateline
                || in_area
                || self.cue_before(words, i)
                || text
                    .get(words[last].core.end..words[last].span.end)
                    .is_some_and(|x| x.starts_with('-'));
            if ok && single && self.stop.contains(&k) {
                ok = false;
            }
            if ok && single && shape == Shape::Name && words[i].lower.len() <= 2 {
                ok = false;
            }
            // Part of a larger capitalised name ("Shafaq News", "Chiquita Raquel Henry")? Kept aside: it counts
            // when the article names the same place on its own.
            let mut larger = false;
            if ok && !matches!(top.feature, "country" | "admin1") {
                if let Some(nx) = next {
                    // "Mosul province", "Paris Police", "Baghdad Shiite", "Kirkuk Arab": words that may follow.
                    let may_follow = |w: &str| {
                        self.lists.post_ok.contains(w)
                            || self.lists.institutions.contains(w)
                            || self.lists.communities.contains(w)
                            || self.demonyms.contains_key(w)
                    };
                    if nx.cap
                        && nx.alpha
                        && !(dateline && nx.allcaps)
                        && !may_follow(&nx.lower)
                        && words[last].core == words[last].span
                        && nx.span.start > span.end
                        && !text
                            .get(span.end..nx.span.start)
                            .unwrap_or(",")
                            .contains(['\n', ',', ';', ':', '(', ')', '"'])
                        && !matches!(
                            self.gaz.top_feature(&nx.lower),
                            Some("country" | "admin1" | "capital")
                        )
                    {
                        larger = true;
                    }
                }
                if let Some(pv) = prev {
                    let between = text.get(pv.span.end..span.start).unwrap_or(",");
                    let separated =
                        between.contains(['\n', ',', ';', ':', '(', ')', '"', '“', '”']);
                    let initial_function_word =
                        i - 1 == first_word && self.stop.contains(&pv.lower);
                    let harmless = separated
                        || in_area
                        || compound_adjective(pv.text)
                        || headline
                        || initial_function_word
                        || self.lists.pre_ok.contains(&pv.lower.as_str());
                    if pv.cap && pv.alpha && !harmless {
                        ok = false;
                    }
                }
                if larger && self.stop.contains(&k) {
                    ok = false;
                }
            }
            // A street named after a town ("Mayfield Road", "Darby Street"); counties and states keep their
            // courts and roads ("Meigs County Court", "Kentucky Court of Appeals"). Kept aside like any larger
            // name; where the article names the town on its own too, the street stays context but is not reported.
            let street = ok
                && top.feature == "city"
                && !cands
                    .iter()
                    .any(|c| matches!(c.feature, "admin1" | "admin2" | "country"))
                && next.is_some_and(|nx| {
                    nx.cap && nx.span.start > span.end && STREET_TYPES.contains(&nx.lower.as_str())
                });
            // A person: "Kristina said", "Flores, 26,", "Mrs. Lincoln", "I’ve".
            if ok && single && !major_polity(top) && self.person_context(words, i, last, cue, top) {
                ok = false;
            }
            // Sentence-initial small places without a cue.
            if ok && single && !cue && !top.is_polity() && top.feature != "continent" {
                let big = cands
                    .iter()
                    .any(|c| c.population >= MIN_POP_WITHOUT_CUE || c.feature != "city");
                if !big {
                    ok = false;
                }
                if ok && i == first_word && top.population < 100_000 && top.feature == "city" {
                    ok = false;
                }
            }
            if !ok {
                i += 1;
                continue;
            }
            // "Baghdad said": the polity for its government.
            let metonymic = cands.iter().take(1).any(Place::is_polity)
                && next.is_some_and(|nx| {
                    self.lists.metonymy_verbs.contains(&nx.lower.as_str())
                        && nx.span.start > span.end
                        || nx.lower == "'s"
                            && words.get(last + 2).is_some_and(|x| x.lower == "government")
                });
            // "Berea police", "Athens City Council": the seat of a local institution.
            let local = next.is_some_and(|nx| {
                nx.span.start > span.end
                    && (self.lists.local_seats.contains(&nx.lower.as_str())
                        || (nx.lower == "city"
                            && words.get(last + 2).is_some_and(|x| {
                                self.lists.local_seats.contains(&x.lower.as_str())
                                    || matches!(x.lower.as_str(), "commission" | "manager" | "hall")
                            })))
            });
            // ", Qualifier" right after ("Alexandria, La.", "Mosul, Iraq").
            let mut qualifier = None;
            if next.is_some_and(|nx| nx.text == ",") {
                if let Some(q) = words.get(last + 2) {
                    if q.cap {
                        let mut qk = String::new();
                        let qend = if words
                            .get(last + 3)
                            .is_some_and(|x| x.cap && x.span.start > q.span.end)
                        {
                            words[last + 3].core.end
                        } else {
                            q.core.end
                        };
                        norm::push_key(text.get(q.span.start..qend).unwrap_or(""), &mut qk);
                        norm::canonical_words(&mut qk);
                        let found = self.gaz.lookup(&qk).or_else(|| self.gaz.lookup(&q.lower));
                        if let Some((_, qc)) = found {
                            if let Some(p) = qc
                                .iter()
                                .find(|p| matches!(p.feature, "country" | "admin1"))
                            {
                                qualifier = Some((
                                    p.country.to_owned(),
                                    if p.feature == "admin1" {
                                        norm::key(p.name)
                                    } else {
                                        String::new()
                                    },
                                ));
                            }
                        }
                    }
                }
            }
            if top.feature == "country" && cands.len() == 1 && !larger {
                *context.entry(top.country).or_insert(0.0) += 1.0;
            }
            let out = if larger { &mut *deferred } else { &mut *hits };
            out.push(Hit {
                sentence: si,
                first: i,
                last,
                span,
                key: k,
                cands,
                alts,
                cue,
                dateline,
                metonymic,
                local,
                qualifier,
                street,
                within: None,
            });
            i = last + 1;
        }
    }

    /// Addresses: a name followed, in the same sentence, by ", Y" or "neighbourhood of Y" (a compass or
    /// "old"/"new" word may precede Y) lies in Y ("Al Arabi, Mosul", "Yarmouk neighborhood, West Mosul").
    pub(crate) fn link_addresses(&self, text: &str, hits: &mut [Hit]) {
        for a in 0..hits.len().saturating_sub(1) {
            let (h, nx) = (&hits[a], &hits[a + 1]);
            if h.sentence != nx.sentence || h.street || nx.street {
                continue;
            }
            let Some(between) = text.get(h.span.end..nx.span.start) else {
                continue;
            };
            if let Some(quarter) = address_link(between) {
                // Only punctuation, digits or the line's end after the container: the address ends there
                // ("…, Nineveh province, Iraq"), it does not go on into a clause ("Sirte, U.S. officials say").
                let rest = text.get(nx.span.end..).unwrap_or("");
                let line = rest.split('\n').next().unwrap_or("");
                let ends = !line.chars().any(char::is_alphabetic);
                hits[a].within = Some((a + 1, quarter, ends));
            }
        }
    }

    /// The single word at `i..=last` reads as a person: a small town's name without a cue followed by a
    /// speech verb ("Kristina said"), a name followed by an age (", 26,"), preceded by a capitalised title
    /// ("Mrs. Lincoln") or an initial ("Ashley L. Evens"), or a contraction ("I’ve").
    pub(crate) fn person_context(
        &self,
        words: &[Word<'_>],
        i: usize,
        last: usize,
        cue: bool,
        top: &Place,
    ) -> bool {
        let w = &words[i];
        let t = w.text;
        if [
            "’ve", "'ve", "’ll", "'ll", "’re", "'re", "’m", "'m", "’d", "'d",
        ]
        .iter()
        .any(|x| t.ends_with(x))
        {
            return true;
        }
        let next = words.get(last + 1);
        // "Liverpool said", "from Brampton said", "Europe added": clubs, places and areas speak too.
        let small_town = !cue && top.feature == "city" && top.population < 50_000;
        if small_town && next.is_some_and(|n| SPEECH_VERBS.contains(&n.lower.as_str())) {
            return true;
        }
        if next.is_some_and(|n| n.text == ",")
            && words.get(last + 2).is_some_and(|a| {
                (1..=2).contains(&a.text.len()) && a.text.bytes().all(|b| b.is_ascii_digit())
            })
            && words.get(last + 3).is_some_and(|c| c.text == ",")
        {
            return true;
        }
        // "Ashley L. Evens": an initial before the name.
        if i >= 2 && words[i - 1].text == "." && {
            let p = words[i - 2].text;
            // Not a compass abbreviation ("W. Columbia").
            p.len() == 1
                && p.bytes()
                    .all(|b| b.is_ascii_uppercase() && !b"NSEW".contains(&b))
        } {
            return true;
        }
        let title = |k: usize| {
            words
                .get(k)
                .is_some_and(|p| p.cap && TITLES.contains(&p.lower.as_str()))
        };
        match i.checked_sub(1).map(|p| &words[p]) {
            Some(p) if p.text == "." => i >= 2 && title(i - 2),
            Some(_) => title(i - 1),
            None => false,
        }
    }

    pub(crate) fn can_start(&self, w: &Word<'_>, next: Option<&Word<'_>>) -> bool {
        if w.punct {
            return false;
        }
        if w.cap {
            return true;
        }
        if !w.alpha {
            return false;
        }
        // Arabic-script names.
        if w.text
            .chars()
            .next()
            .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
        {
            return true;
        }
        // "al Tanf", "al - Tanf" ("al-Tanf" as one token counts as capitalised).
        if matches!(w.lower.as_str(), "al" | "el") {
            return next.is_some_and(|n| n.cap || n.text == "-");
        }
        false
    }

    pub(crate) fn cue_before(&self, words: &[Word<'_>], i: usize) -> bool {
        let mut k = i;
        let mut steps = 0;
        while k > 0 && steps < 4 {
            k -= 1;
            steps += 1;
            let l = words[k].lower.as_str();
            if self.lists.cue_preps.contains(&l) {
                return true;
            }
            if l == "of" {
                return k > 0 && self.lists.of_nouns.contains(&words[k - 1].lower.as_str());
            }
            if !self.lists.cue_skip.contains(&l) {
                return false;
            }
        }
        false
    }

    /// Bare county names: "Oxford" in an article whose other towns lie in Oxford County (Woodstock,
    /// Ontario) gets that county as a candidate, so that containment can pick it.
    pub(crate) fn add_bare_counties(&self, hits: &mut [Hit]) {
        // (country, admin1, admin2, hit) of the leading town candidates.
        let mut seats: Vec<(&'static str, &'static str, &'static str, usize)> = Vec::new();
        for (hi, h) in hits.iter().enumerate() {
            for c in h.cands.iter().take(3) {
                if !c.admin2.is_empty() && c.feature != "admin2" {
                    seats.push((c.country, c.admin1, c.admin2, hi));
                }
            }
        }
        if seats.is_empty() {
            return;
        }
        // States and provinces the article names.
        let named: Vec<(&'static str, &'static str)> = hits
            .iter()
            .filter_map(|h| h.cands.first())
            .filter(|c| c.feature == "admin1")
            .map(|c| (c.country, c.name))
            .collect();
        let mut added: Vec<(usize, Place)> = Vec::new();
        let mut tried: Vec<&str> = Vec::new();
        let mut key = String::new();
        for (hi, h) in hits.iter().enumerate() {
            // Names of areas keep their own readings.
            let area = h
                .cands
                .iter()
                .any(|c| matches!(c.feature, "admin2" | "admin1" | "country" | "capital"));
            if area || tried.contains(&h.key.as_str()) {
                continue;
            }
            tried.push(h.key.as_str());
            // Cheap test first: some town of the article lies in a division whose name starts with this one.
            let n = h.key.len();
            let prefix_of = |a2: &str| {
                a2.len() > n
                    && a2.is_char_boundary(n)
                    && a2[..n].eq_ignore_ascii_case(&h.key)
                    && a2.as_bytes()[n] == b' '
            };
            if !seats.iter().any(|s| prefix_of(s.2)) {
                continue;
            }
            for suffix in [" county", " parish"] {
                key.clear();
                key.push_str(&h.key);
                key.push_str(suffix);
                let Some((_, cands)) = self.gaz.lookup(&key) else {
                    continue;
                };
                for c in cands {
                    let inside = seats.iter().any(|&(co, a1, a2, hj)| {
                        hits[hj].key != h.key && (co, a1, a2) == (c.country, c.admin1, c.name)
                    });
                    // Only where the name has no town of its own in that state or province, nor a big city
                    // in that country ("Houston", "New York"), nor a town in a state the article names.
                    let own_town = h.cands.iter().any(|x| {
                        (x.country == c.country
                            && (x.admin1 == c.admin1 || x.population >= 100_000))
                            || named.contains(&(x.country, x.admin1))
                    });
                    if c.feature == "admin2" && inside && !own_town {
                        added.push((hi, c));
                    }
                }
            }
        }
        // Every mention of the name gets the county.
        for (hi, c) in added {
            let k = hits[hi].key.clone();
            for h in hits.iter_mut().filter(|h| h.key == k) {
                if !h.cands.iter().any(|x| x.index == c.index) {
                    h.cands.push(c.clone());
                    h.alts.push(false);
                }
            }
        }
    }
}

/// "State-controlled", "IS-held": a compound adjective (its last hyphenated part is lower case) modifies the
/// name after it and is no part of it ("Islamic State-controlled Mosul").
fn compound_adjective(word: &str) -> bool {
    word.rsplit_once('-')
        .is_some_and(|(_, tail)| tail.starts_with(|c: char| c.is_lowercase()))
}

/// Words naming a part of a town, which say that the name before them lies in the next one.
const QUARTER_WORDS: &[&str] = &[
    "neighbourhood",
    "neighborhood",
    "neigbourhood",
    "quarter",
    "district",
    "area",
    "village",
    "suburb",
    "street",
    "market",
    "square",
];

/// The text between two names links the first to the second as its place ("," or a neighbourhood word with
/// "," or "of", then optionally a compass or "old"/"new" word; "Tal Afar, west of Mosul" lies outside it): `Some(true)` when a neighbourhood word says so,
/// `Some(false)` for a bare comma, `None` when it is no address link.
pub(crate) fn address_link(between: &str) -> Option<bool> {
    if between.len() > 48 {
        return None;
    }
    // "X, Y", "X neighbourhood of Y", "X village near Y" (the last two only after a neighbourhood word).
    let (head, tail, comma) = match between.split_once(',') {
        Some((h, t)) => (h, t, true),
        None => {
            let (p, n) = [" of ", " near "]
                .iter()
                .find_map(|sep| between.find(sep).map(|p| (p, sep.len())))?;
            (between.get(..p)?, between.get(p + n..)?, false)
        }
    };
    if !head
        .split_whitespace()
        .all(|w| QUARTER_WORDS.iter().any(|q| q.eq_ignore_ascii_case(w)))
    {
        return None;
    }
    let quarter = head.split_whitespace().next().is_some();
    if !quarter && !comma {
        return None;
    }
    // Then a compass word or "old"/"new" ("West Mosul", "Old Mosul"), or "the centre of": not "west of", which
    // lies outside.
    let tail: Vec<&str> = tail.split_whitespace().collect();
    let is = |w: &str, l: &[&str]| l.iter().any(|x| x.eq_ignore_ascii_case(w));
    let tail_ok = tail.iter().enumerate().all(|(k, w)| {
        region::direction(w).is_some()
            || is(
                w,
                &["old", "new", "the", "centre", "center", "downtown", "heart"],
            )
            || (is(w, &["of"]) && k > 0 && is(tail[k - 1], &["centre", "center", "heart"]))
    });
    (tail_ok && tail.len() <= 3).then_some(quarter)
}

/// Letters in `w`, how many of them are upper case, and whether `w` has any letter or digit:
/// one pass over the bytes for an ASCII word, over the characters otherwise.
fn letter_counts(w: &str) -> (usize, usize, bool) {
    if w.is_ascii() {
        let (mut letters, mut upper, mut digits) = (0, 0, 0);
        for &c in w.as_bytes() {
            letters += usize::from(c.is_ascii_alphabetic());
            upper += usize::from(c.is_ascii_uppercase());
            digits += usize::from(c.is_ascii_digit());
        }
        (letters, upper, letters + digits > 0)
    } else {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let upper = w
            .chars()
            .filter(|c| c.is_alphabetic() && c.is_uppercase())
            .count();
        let alnum = w.chars().any(char::is_alphanumeric);
        (letters, upper, alnum)
    }
}

/// The sentence's tokens as [`Word`]s (tokens whose span does not fit `text` are left out). The
/// vector is sized for all tokens at once, so it never grows word by word.
pub(crate) fn words_of<'a>(text: &'a str, s: &Sentence) -> Vec<Word<'a>> {
    let mut out = Vec::with_capacity(s.tokens.len());
    out.extend(
        s.tokens
            .iter()
            .filter(|t| {
                t.span.end <= text.len()
                    && text.is_char_boundary(t.span.start)
                    && text.is_char_boundary(t.span.end)
            })
            .map(|t| {
                let w = t.span.slice(text);
                let mut core = t.span;
                for suf in ["'s", "’s", "'", "’"] {
                    if w.len() > suf.len() + 1 && w.ends_with(suf) {
                        core = Span::new(t.span.start, t.span.end - suf.len());
                        break;
                    }
                }
                // "Albany-based", "Gainesville-area": the place is the part before the hyphen.
                if core == t.span && w.len() > 4 && w.as_bytes()[0].is_ascii_uppercase() {
                    if let Some(h) = w.rfind('-') {
                        let suffix = &w[h + 1..];
                        if h > 1
                            && LOCATIVE_SUFFIXES
                                .iter()
                                .any(|x| suffix.eq_ignore_ascii_case(x))
                        {
                            core = Span::new(t.span.start, t.span.start + h);
                        }
                    }
                }
                let first = w.chars().next();
                let (letters, upper_letters, alnum) = letter_counts(w);
                Word {
                    span: t.span,
                    core,
                    text: w,
                    lower: norm::key(w),
                    cap: first.is_some_and(char::is_uppercase) || {
                        let l = w.get(..3).unwrap_or("");
                        (l.eq_ignore_ascii_case("al-") || l.eq_ignore_ascii_case("el-"))
                            && w[3..].chars().next().is_some_and(char::is_uppercase)
                    },
                    allcaps: letters >= 2 && upper_letters == letters,
                    alpha: letters > 0,
                    punct: !alnum,
                    arabic: first.is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
                }
            }),
    );
    out
}

#[cfg(test)]
mod letter_tests {
    use super::letter_counts;

    #[test]
    fn letter_counts_agree_on_ascii_and_other_words() {
        assert_eq!(letter_counts("NATO"), (4, 4, true));
        assert_eq!(letter_counts("Iraq's"), (5, 1, true));
        assert_eq!(letter_counts("1990"), (0, 0, true));
        assert_eq!(letter_counts("--"), (0, 0, false));
        assert_eq!(letter_counts("ÉTAT"), (4, 4, true));
        assert_eq!(letter_counts("Zürich"), (6, 1, true));
        assert_eq!(letter_counts("٣"), (0, 0, true));
    }
}
