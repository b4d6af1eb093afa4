//! Bank holidays in England and Wales: the rules that make them each year,
//! plus a table of one-off changes (e.g. 2020's VE Day move, 2022's Jubilee
//! and state funeral), plus closure days a council adds in its config.

use chrono::NaiveDate;
use std::collections::BTreeSet;

/// Which days are not working days: weekends, bank holidays, council closures.
#[derive(Clone, Debug, Default)]
pub struct Calendar {
    closures: BTreeSet<NaiveDate>,
}

impl Calendar {
    /// England and Wales bank holidays, no council closures.
    pub fn england_and_wales() -> Self {
        Self::default()
    }

    /// Adds council closure days (e.g. between Christmas and New Year).
    pub fn with_closures(mut self, days: impl IntoIterator<Item = NaiveDate>) -> Self {
        self.closures.extend(days);
        self
    }

    /// True on Monday to Friday unless a bank holiday or a closure day.
    pub fn is_working_day(&self, _date: NaiveDate) -> bool {
        unimplemented!("domain rules helper")
    }
}

/// The England and Wales bank holidays of `year`, in date order.
pub fn england_and_wales(_year: i32) -> Vec<NaiveDate> {
    unimplemented!("domain rules helper")
}
