// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/person_names.h"

#include <algorithm>
#include <array>

namespace segmenta::quality_detail {

namespace {

std::array kGivenNames = std::to_array<std::string_view>({
    // English
    "aaron", "abigail", "adam", "alan", "albert", "alexander", "alice", "alison", "amanda", "amelia", "amy",
    "andrew", "angela", "anthony", "arthur", "ashley", "barbara", "benjamin", "betty", "brandon", "brenda",
    "brian", "bruce", "carl", "carol", "catherine", "charles", "chloe", "christopher", "cynthia", "daniel",
    "david", "deborah", "dennis", "donald", "donna", "dorothy", "douglas", "edward", "eleanor", "elizabeth",
    "emily", "emma", "eric", "ethan", "evelyn", "gary", "george", "gregory", "hannah", "harry", "helen",
    "henry", "isabella", "jack", "jacob", "james", "jane", "janet", "jason", "jeffrey", "jennifer", "jeremy",
    "jessica", "joan", "john", "jonathan", "joseph", "joshua", "judith", "julie", "justin", "karen", "katherine",
    "keith", "kelly", "kenneth", "kevin", "kimberly", "larry", "laura", "lauren", "linda", "lisa", "liam",
    "lucy", "margaret", "maria", "mary", "matthew", "megan", "melissa", "michael", "michelle", "nancy",
    "nathan", "nicholas", "noah", "oliver", "olivia", "pamela", "patricia", "patrick", "paul", "peter",
    "rachel", "raymond", "rebecca", "richard", "robert", "ronald", "ryan", "samantha", "samuel", "sandra",
    "sarah", "scott", "sharon", "sophia", "stephanie", "stephen", "steven", "susan", "thomas", "timothy",
    "victor", "walter", "william", "zachary", "charlotte", "harper", "mia", "ava", "ella", "noel", "owen",
    "logan", "lucas", "mason", "isaac", "leah", "nora", "sophie", "zoe", "jake", "luke", "tom", "ben", "sam",
    "joe", "dan", "kate", "anna", "annie", "ruth", "martha", "agnes", "edith", "ethel", "harold", "howard",
    "ralph", "roger", "russell", "wayne", "willie", "billy", "bobby", "johnny", "jimmy", "tony", "eddie",
    // German, Dutch, Nordic
    "andreas", "anke", "birgit", "christian", "claudia", "dieter", "dirk", "elke", "felix", "frieda",
    "gerhard", "gisela", "günter", "hans", "heike", "heinz", "helga", "horst", "ingrid", "jana",
    "jens", "jörg", "jürgen", "karin", "karl", "katrin", "klaus", "lena", "leon", "lukas", "manfred",
    "marion", "markus", "martin", "matthias", "monika", "nils", "petra", "ralf", "renate", "sabine", "sebastian",
    "silke", "stefan", "susanne", "sven", "thorsten", "tobias", "ursula", "uwe", "werner", "wolfgang",
    "anja", "bernd", "hanna", "jonas", "julia", "kerstin", "lars", "marie", "mats", "niklas",
     "sanne", "sören", "ulrike", "daan", "bram", "thijs", "astrid", "björn", "erik",
    "freya", "henrik", "karsten", "lasse", "magnus", "mette", "sigrid", "solveig", "torsten",
    // French, Italian, Spanish, Portuguese
    "alain", "amélie", "antoine", "aurélie", "béatrice", "camille", "céline", "chantal", "christophe", "claire",
    "élodie", "françois", "françoise", "guillaume", "hélène", "isabelle", "jacques", "jean", "julien", "léa",
    "louis", "manon", "mathieu", "nathalie", "nicolas", "philippe", "pierre", "sébastien", "stéphane", "sylvie",
    "thierry", "valérie", "yves", "alessandro", "andrea", "chiara", "francesca", "giovanni", "giulia",
    "giuseppe", "lorenzo", "luca", "marco", "matteo", "paola", "roberto", "sofia", "valentina", "alejandro",
    "ana", "carlos", "carmen", "diego", "elena", "fernando", "francisco", "isabel", "javier", "jorge", "josé",
    "juan", "lucía", "luis", "manuel", "miguel", "pablo", "pedro", "rafael", "sergio", "antonio", "joão",
    "gonçalo", "inês", "beatriz", "mariana", "rodrigo", "tiago", "afonso",
    // Eastern European, Greek, Turkish
    "agnieszka", "aleksandra", "andrzej", "dmitri", "ekaterina", "irina", "ivan", "jakub",
    "katarzyna", "krzysztof", "magdalena", "małgorzata", "marek", "mikhail", "natalia", "olga", "piotr",
    "sergei", "tatiana", "tomasz", "vladimir", "wojciech", "yuri", "zofia", "petr", "tereza",
    "dimitris", "eleni", "georgios", "giorgos", "konstantinos", "nikos", "ahmet", "ayşe",
    "elif", "emre", "fatma", "mehmet", "mustafa", "zeynep", "burak", 
    // Arabic, Persian, South Asian
    "ahmed", "ali", "amir", "fatima", "hassan", "hussein", "ibrahim", "khalid", "leila", "mahmoud", "mohamed",
    "mohammed", "muhammad", "omar", "reza", "sara", "youssef", "yusuf", "zahra", "aisha", "amit", "anil",
    "arjun", "deepak", "divya", "kavya", "krishna", "lakshmi", "manoj", "neha", "pooja", "priya", "rahul",
    "rajesh", "ravi", "rohan", "sanjay", "sunil", "vijay", "anjali", "aditya", "ananya",
    // East and South-East Asian, African
    "hiroshi", "kenji", "takeshi", "yuki", "haruto", "sakura", "yui",
     "minho", "jiwoo", "seojun", "linh", "minh", "thanh", "chinedu", "kwame", "amara",
    "oluwaseun", "thabo", "fatou", "kofi", "ngozi", "sipho", "ayodele",
});

std::array kSurnames = std::to_array<std::string_view>({
    "smith", "johnson", "williams", "jones", "garcia", "miller", "davis", "rodriguez", "martinez",
    "hernandez", "lopez", "gonzalez", "wilson", "anderson", "taylor", "thomas", "moore", "martin", "thompson",
     "harris", "clark", "lewis", "robinson", "walker", "allen", "wright", "scott", 
     "adams", "nelson", "carter", "mitchell", "roberts", "turner", "phillips", "campbell",
    "parker", "evans", "edwards", "collins", "stewart", "morris", "murphy", "rogers", "morgan",
    "cooper", "peterson", "bailey", "kelly", "howard", "richardson", "watson", "brooks",
     "james", "bennett", "hughes", "sanders", "patel", "myers",
    "foster", "müller", "mueller", "schmidt", "weber", "meyer", "wagner", "becker",
    "schulz", "hoffmann", "schäfer", "schröder", "neumann",
       "krüger", "hofmann", "hartmann", "schmitt", "werner",
    "schmitz", "krause", "meier", "lehmann", "huber", "peters", "jansen", 
      "bakker", "visser", "smit", "janssen", "mertens", "dubois", "durand", "lefebvre",
    "leroy", "moreau", "laurent", "simon", "michel", "bernard", "fournier", "girard",
    "rossi", "russo", "esposito", "colombo", "ricci",
        "fernandez", "sanchez", "perez", "gomez", "diaz", "moreno", "muñoz",
    "alvarez", "romero", "navarro", "silva", "santos", "oliveira", "pereira", "ferreira", "almeida",
    "carvalho", "rodrigues", "nowak", "kowalski", "wiśniewski", "wójcik", "kowalczyk", "kamiński",
    "lewandowski", "zieliński", "ivanov", "petrov", "smirnov", "popov", "novak", "horvat", "kovač",
    "papadopoulos", "yılmaz", "kaya", "demir", "şahin", "çelik", "yildiz", "öztürk", "nguyen", "tran", 
    "pham", "hoang", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "kim",
    "lee", "choi", "tanaka", "suzuki", "takahashi", "watanabe", "yamamoto", "nakamura", "sato",
    "kobayashi", "singh", "kumar", "sharma", "gupta", "khan", "ahmed", "hussain", "rahman", "hosseini",
    "mohammadi", "okafor", "mensah", "dlamini", "nkosi", "andersson", "johansson", "karlsson", "nilsson",
    "larsen", "hansen", "jensen", "nielsen", "pedersen", "olsen", "korhonen", "virtanen", "o'brien",
    "o'connor", "murray", "kennedy", "mcdonald", "macdonald", "walsh", "byrne",
});

} // namespace

bool isCommonGivenName(std::string_view word) noexcept {
    // Sorted once (thread-safe static initialisation); binary search needs no allocation.
    static const bool ready = (std::sort(kGivenNames.begin(), kGivenNames.end()), true);
    (void)ready;
    return std::binary_search(kGivenNames.begin(), kGivenNames.end(), word);
}

bool isCommonSurname(std::string_view word) noexcept {
    static const bool ready = (std::sort(kSurnames.begin(), kSurnames.end()), true);
    (void)ready;
    return std::binary_search(kSurnames.begin(), kSurnames.end(), word);
}

} // namespace segmenta::quality_detail
