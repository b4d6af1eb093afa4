### The words of the emails My Say sends. They say only that there is
### something to read, and give the link: never a name, never anything
### a child or an adult wrote. Emails are read on any device, by anyone
### who sees the screen, and may be kept by mail servers for years.
###
### Read by the server (server/src/notifications/words.rs), not the app.

# $link (String) - the address of My Say, like https://mysay.council.gov.uk/
email-subject = You have a new message in My Say
email-body =
    You have a new message in My Say.

    Sign in to read it: { $link }

# Sent when a child has said they do not feel safe. Still no names.
email-urgent-subject = Urgent: you have a new message in My Say
email-urgent-body =
    Urgent: you have a new message in My Say. Please read it now.

    Sign in to read it: { $link }
